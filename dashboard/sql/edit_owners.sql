-- The owners of a plan's organisation as the Rediger table shows them.
SELECT o.id, o.name, o.email
FROM owner o
JOIN plan p ON p.organisation_id = o.organisation_id
WHERE p.id = $plan_id
ORDER BY o.name, o.id
