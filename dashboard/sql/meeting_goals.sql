-- The goals of a meeting's snapshot, in their order then.
SELECT goal_id AS id, title, description, sort_order
FROM meeting_goal
WHERE meeting_id = $meeting_id
ORDER BY sort_order, goal_id
