-- The plan's meeting with this name, in any case (no row: the name is free).
SELECT name
FROM meeting
WHERE plan_id = $p AND lower(name) = lower($n)
