-- Which of these organisation ids the database has.
SELECT id
FROM organisation
WHERE id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY id
