-- The channels of a plan's organisation as the Rediger table shows them.
SELECT c.id, c.name, c.scope, c.richness
FROM channel c
JOIN plan p ON p.organisation_id = c.organisation_id
WHERE p.id = $plan_id
ORDER BY c.name, c.id
