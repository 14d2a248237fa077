-- The owner of a plan's organisation with the id $name, or named $name (case and
-- spaces aside): id and name. The id wins when one owner's id is another's name.
SELECT o.id, o.name
FROM owner o
WHERE o.organisation_id = (SELECT organisation_id FROM plan WHERE id = $plan_id)
  AND (o.id = $name OR lower(trim(o.name)) = lower(trim($name)))
ORDER BY o.id = $name DESC
LIMIT 1
