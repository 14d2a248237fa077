-- The date of the latest status update on or before $as_of of the plan's measures,
-- with the same optional filters as status_history (NULL when there is none).
SELECT max(su.update_date) AS last_date
FROM status_update su
JOIN measure m ON m.id = su.measure_id
JOIN goal g ON g.id = m.goal_id
WHERE g.plan_id = $plan_id
  AND m.archived_at IS NULL
  AND su.update_date <= $as_of
  AND ($goal_id::VARCHAR IS NULL OR m.goal_id = $goal_id)
  AND ($owner_id::VARCHAR IS NULL OR m.owner_id = $owner_id)
  AND ($channel_id::VARCHAR IS NULL OR EXISTS (
        SELECT 1 FROM measure_channel mc
        WHERE mc.measure_id = m.id AND mc.channel_id = $channel_id))
