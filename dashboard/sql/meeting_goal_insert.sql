-- A meeting's goals as they stood, from the registered frame snapshot_goals.
INSERT INTO meeting_goal (meeting_id, goal_id, title, description, sort_order)
SELECT meeting_id, id, title, description, sort_order
FROM snapshot_goals
