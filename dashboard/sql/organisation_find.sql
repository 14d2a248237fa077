-- The organisation with this name (any case) or this id.
SELECT id
FROM organisation
WHERE lower(name) = lower($n) OR id = $n
ORDER BY id LIMIT 1
