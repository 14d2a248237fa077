-- A plan's parent plan (NULL: none; no row: no such plan).
SELECT parent_id
FROM plan
WHERE id = $id
