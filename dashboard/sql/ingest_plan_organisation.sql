-- The organisation of the plan an upload goes into (no row: no such plan).
SELECT organisation_id FROM plan WHERE id = $plan_id
