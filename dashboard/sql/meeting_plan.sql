-- The plan a meeting belongs to (no row: no such meeting).
SELECT plan_id
FROM meeting
WHERE id = $id
