-- When a plan was archived (NULL: in use; no row: no such plan).
SELECT archived_at
FROM plan
WHERE id = $id
