-- The problems of a staged upload, in file order (first $limit), and how many in all.
SELECT seq, line, field, value, code, count(*) OVER () AS total
FROM problems
ORDER BY line, seq, field, code
LIMIT $limit
