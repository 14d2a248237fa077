-- The owners of plan $plan_id's organisation with their e-mail, for the owners template.
SELECT o.name, o.email
FROM owner o JOIN plan p ON p.organisation_id = o.organisation_id
WHERE p.id = $plan_id
ORDER BY lower(o.name)
