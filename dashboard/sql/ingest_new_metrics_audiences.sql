-- Target groups a metrics upload would create (view parsed_named: its rows with their names).
SELECT DISTINCT audience_name FROM parsed_named
WHERE audience_id IS NULL AND audience_name IS NOT NULL
ORDER BY 1
