-- The plan with the most measures (ties: by id).
SELECT g.plan_id
FROM goal g
JOIN measure m ON m.goal_id = g.id
GROUP BY g.plan_id
ORDER BY count(*) DESC, g.plan_id
LIMIT 1
