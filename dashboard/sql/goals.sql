-- The goals of a plan in their order.
SELECT id, title, description, sort_order
FROM goal
WHERE plan_id = $plan_id
ORDER BY sort_order, id
