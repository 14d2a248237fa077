-- Put a plan under another (or under none).
UPDATE plan
SET parent_id = $parent
WHERE id = $id
