-- The channels of plan $plan_id's organisation with their scope and richness, for the
-- channels template.
SELECT c.name, c.scope, c.richness
FROM channel c JOIN plan p ON p.organisation_id = c.organisation_id
WHERE p.id = $plan_id
ORDER BY lower(c.name)
