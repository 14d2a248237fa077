-- PostgreSQL variant of ../edit_choices.sql: PostgreSQL 15 wants a name for each
-- subquery in FROM (part1 … part6).
-- What the choice columns of the Rediger tables offer: the plan's goal titles, the
-- goal titles of its parent plan (a goal's parent goal), the names of its
-- organisation's owners, channels and target groups, and the ids of its measures
-- (what a measure may wait on).
SELECT 'goal' AS what, title AS name FROM (
    SELECT title FROM goal WHERE plan_id = $plan_id ORDER BY sort_order, id) AS part1
UNION ALL
SELECT * FROM (
    SELECT 'parent_goal', pg.title FROM goal pg JOIN plan p ON p.parent_id = pg.plan_id
    WHERE p.id = $plan_id ORDER BY pg.sort_order, pg.id) AS part2
UNION ALL
SELECT * FROM (
    SELECT 'owner', o.name FROM owner o JOIN plan p ON p.organisation_id = o.organisation_id
    WHERE p.id = $plan_id ORDER BY o.name) AS part3
UNION ALL
SELECT * FROM (
    SELECT 'channel', c.name FROM channel c JOIN plan p ON p.organisation_id = c.organisation_id
    WHERE p.id = $plan_id ORDER BY c.name) AS part4
UNION ALL
SELECT * FROM (
    SELECT 'audience', a.name FROM audience a
    JOIN plan p ON p.organisation_id = a.organisation_id
    WHERE p.id = $plan_id ORDER BY a.name) AS part5
UNION ALL
SELECT * FROM (
    SELECT 'measure', m.id FROM measure m JOIN goal g ON g.id = m.goal_id
    WHERE g.plan_id = $plan_id AND m.archived_at IS NULL
    ORDER BY g.sort_order, g.id, m.sort_order, m.id) AS part6
