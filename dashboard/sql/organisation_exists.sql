-- Whether an organisation id is taken.
SELECT 1
FROM organisation
WHERE id = $id
