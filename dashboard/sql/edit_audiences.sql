-- The target groups of a plan's organisation as the Rediger table shows them.
SELECT a.id, a.name, a.scope
FROM audience a
JOIN plan p ON p.organisation_id = a.organisation_id
WHERE p.id = $plan_id
ORDER BY a.name, a.id
