-- The measure states of a meeting, from the registered frame snapshot_rows
-- (dashboard.meetings.record builds it from queries.measure_states).
INSERT INTO meeting_measure (
    meeting_id, measure_id, title, goal_id, sort_order, owner_id, owner, start_date, due_date,
    weight, status, reported_status, progress, last_update, reported_by, illustrative,
    update_source, last_comment, last_comment_date, channels, audiences, overdue, waiting_for)
SELECT
    meeting_id, measure_id, title, goal_id, sort_order, owner_id, owner, start_date, due_date,
    weight, status, reported_status, progress, last_update, reported_by, illustrative,
    update_source, last_comment, last_comment_date, channels, audiences, overdue, waiting_for
FROM snapshot_rows
