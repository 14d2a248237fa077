-- The goals of a plan in their order.
SELECT id, title, description, sort_order, parent_goal_id
FROM goal
WHERE plan_id = $plan_id
ORDER BY sort_order, id
