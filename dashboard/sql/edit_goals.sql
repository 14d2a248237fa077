-- A plan's goals as the Rediger table shows them (the parent goal by its title).
SELECT g.id, g.title, g.description, g.sort_order, pg.title AS parent_goal
FROM goal g
LEFT JOIN goal pg ON pg.id = g.parent_goal_id
WHERE g.plan_id = $plan_id
ORDER BY g.sort_order, g.id
