-- The plan's organisation, and every id in use, so an edit's new rows get fresh ids.
SELECT 'org' AS what, organisation_id AS id FROM plan WHERE id = $plan_id
UNION ALL SELECT 'goal', id FROM goal
UNION ALL SELECT 'measure', id FROM measure
UNION ALL SELECT 'owner', id FROM owner
UNION ALL SELECT 'channel', id FROM channel
UNION ALL SELECT 'audience', id FROM audience
