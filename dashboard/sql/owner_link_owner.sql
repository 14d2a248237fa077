-- The owner of a plan's organisation named $name (case and spaces aside): id and name.
SELECT o.id, o.name
FROM owner o
WHERE o.organisation_id = (SELECT organisation_id FROM plan WHERE id = $plan_id)
  AND lower(trim(o.name)) = lower(trim($name))
