-- Names to ids for an edit of plan $plan_id: goals of the plan and of its parent
-- plan, and the owners, channels and target groups of its organisation.
SELECT 'goal' AS what, title AS name, id FROM goal WHERE plan_id = $plan_id
UNION ALL
SELECT 'parent_goal', pg.title, pg.id FROM goal pg JOIN plan p ON p.parent_id = pg.plan_id
WHERE p.id = $plan_id
UNION ALL
SELECT 'owner', o.name, o.id FROM owner o JOIN plan p ON p.organisation_id = o.organisation_id
WHERE p.id = $plan_id
UNION ALL
SELECT 'channel', c.name, c.id FROM channel c
JOIN plan p ON p.organisation_id = c.organisation_id WHERE p.id = $plan_id
UNION ALL
SELECT 'audience', a.name, a.id FROM audience a
JOIN plan p ON p.organisation_id = a.organisation_id WHERE p.id = $plan_id
