-- The status updates of a meeting's measures as they stood when the meeting was
-- recorded: dated up to $as_of and recorded no later than $recorded_at (for the
-- meeting's pace forecast, which later uploads, back-dated or not, leave as it was).
SELECT su.measure_id, su.update_date, su.status, su.progress
FROM status_update su
JOIN meeting_measure mm ON mm.measure_id = su.measure_id AND mm.meeting_id = $meeting_id
WHERE su.update_date <= $as_of
  AND su.recorded_at <= $recorded_at
  AND ($goal_id::VARCHAR IS NULL OR mm.goal_id = $goal_id)
ORDER BY su.update_date, su.id
