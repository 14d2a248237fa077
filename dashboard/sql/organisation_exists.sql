-- Whether an organisation id is taken.
SELECT 1 AS taken
FROM organisation
WHERE id = $id
