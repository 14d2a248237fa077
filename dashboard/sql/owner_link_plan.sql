-- A plan's name by id (NULL: no such plan).
SELECT name FROM plan WHERE id = $plan_id
