-- The owners responsible for at least one measure in a plan.
SELECT DISTINCT o.id, o.name
FROM owner o
JOIN measure m ON m.owner_id = o.id
JOIN goal g ON g.id = m.goal_id
WHERE g.plan_id = $plan_id AND m.archived_at IS NULL
ORDER BY o.name
