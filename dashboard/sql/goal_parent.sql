-- The goal a goal serves in its plan's parent plan ("Bidrar til"): its id, title and
-- plan (no row: the goal names none, or the goal is not there).
SELECT pg.id, pg.title, pg.plan_id, p.name AS plan_name
FROM goal g
JOIN goal pg ON pg.id = g.parent_goal_id
JOIN plan p ON p.id = pg.plan_id
WHERE g.id = $goal_id
