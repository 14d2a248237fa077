-- The newest $limit status updates on or before $as_of of the plan's measures,
-- newest first, with the same optional filters as status_history; every row also
-- carries the number of updates in all (total) and whether any is illustrative.
SELECT
    su.id,
    su.measure_id,
    m.title AS measure_title,
    m.goal_id,
    su.update_date,
    su.status,
    su.progress,
    su.comment,
    su.reported_by,
    su.illustrative,
    su.source,
    count(*) OVER () AS total,
    bool_or(su.illustrative) OVER () AS any_illustrative
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
ORDER BY su.update_date DESC, su.id DESC
LIMIT $limit
