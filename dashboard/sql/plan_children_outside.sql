-- Plans under one of these plans that are not among them.
SELECT id
FROM plan
WHERE parent_id IN (SELECT unnest($plans::VARCHAR[]))
  AND id NOT IN (SELECT unnest($plans::VARCHAR[]))
ORDER BY id
