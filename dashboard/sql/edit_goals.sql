-- A plan's goals as the Rediger table shows them.
SELECT id, title, description, sort_order
FROM goal
WHERE plan_id = $plan_id
ORDER BY sort_order, id
