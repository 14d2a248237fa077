-- A meeting's frozen measure states, with the columns of measure_state.sql and the
-- late measures each waited on (waiting_for; NULL in a meeting recorded before 0020).
-- Optional filters: $goal_id, $owner_id (NULL means all).
SELECT
    mm.measure_id AS id,
    mm.title,
    mm.goal_id,
    mg.title AS goal_title,
    mg.sort_order AS goal_order,
    mm.owner_id,
    mm.owner,
    mm.start_date,
    mm.due_date,
    mm.weight,
    mm.status,
    mm.reported_status,
    mm.progress,
    mm.last_update,
    mm.reported_by,
    mm.illustrative,
    mm.update_source,
    mm.last_comment,
    mm.last_comment_date,
    mm.channels,
    mm.audiences,
    mm.overdue,
    mm.waiting_for
FROM meeting_measure mm
JOIN meeting_goal mg ON mg.meeting_id = mm.meeting_id AND mg.goal_id = mm.goal_id
WHERE mm.meeting_id = $meeting_id
  AND ($goal_id::VARCHAR IS NULL OR mm.goal_id = $goal_id)
  AND ($owner_id::VARCHAR IS NULL OR mm.owner_id = $owner_id)
ORDER BY mm.sort_order
