-- Every owner (role) of the organisation a plan belongs to, by name.
SELECT o.id, o.name
FROM owner o
WHERE o.organisation_id = (SELECT organisation_id FROM plan WHERE id = $plan_id)
ORDER BY o.name
