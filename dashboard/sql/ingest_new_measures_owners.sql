-- Owners a measures upload would create: named in the file, not known in the plan's organisation.
SELECT DISTINCT owner_name FROM parsed
WHERE owner_id IS NULL AND owner_name IS NOT NULL
ORDER BY 1
