-- PostgreSQL variant of ../status_history_latest.sql: the count of all the rows and
-- whether any is illustrative are one aggregate beside the latest rows, where the
-- window over every row (count(*) OVER ()) made PostgreSQL keep the plan's whole
-- history before the LIMIT (docs/scale-out.md, "Speed on PostgreSQL").
-- The newest $limit status updates on or before $as_of of the plan's measures,
-- newest first, with the same optional filters as status_history; every row also
-- carries the number of updates in all (total) and whether any is illustrative.
WITH m AS (
    SELECT m.id, m.title, m.goal_id
    FROM measure m
    JOIN goal g ON g.id = m.goal_id
    WHERE g.plan_id = $plan_id
      AND m.archived_at IS NULL
      AND ($goal_id::VARCHAR IS NULL OR m.goal_id = $goal_id)
      AND ($owner_id::VARCHAR IS NULL OR m.owner_id = $owner_id)
      AND ($channel_id::VARCHAR IS NULL OR EXISTS (
            SELECT 1 FROM measure_channel mc
            WHERE mc.measure_id = m.id AND mc.channel_id = $channel_id))
),
totals AS (
    SELECT count(*) AS total, bool_or(su.illustrative) AS any_illustrative
    FROM status_update su
    JOIN m ON m.id = su.measure_id
    WHERE su.update_date <= $as_of
)
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
    t.total,
    t.any_illustrative
FROM status_update su
JOIN m ON m.id = su.measure_id
CROSS JOIN totals t
WHERE su.update_date <= $as_of
ORDER BY su.update_date DESC, su.id DESC
LIMIT $limit
