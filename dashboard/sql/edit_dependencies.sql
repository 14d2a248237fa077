-- For the measures editor's dependency rules: the measures $ids with their plans (may
-- they be waited on from plan $plan_id?), and the plan's stored dependencies.
-- (x = ANY($ids): the same text on DuckDB and PostgreSQL.)
SELECT 'measure' AS what, m.id AS measure_id, g.plan_id AS depends_on
FROM measure m JOIN goal g ON g.id = m.goal_id
WHERE m.id = ANY($ids)
UNION ALL
SELECT 'edge', d.measure_id, d.depends_on
FROM measure_dependency d
JOIN measure m ON m.id = d.measure_id JOIN goal g ON g.id = m.goal_id
WHERE g.plan_id = $plan_id
