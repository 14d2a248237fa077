-- The measures of a plan with their state on $as_of: the latest status update on
-- or before that date (no update yet means not started, 0 %). Optional filters:
-- $goal_id, $owner_id, $channel_id (NULL means all). Archived measures are left out.
WITH latest AS (
    SELECT measure_id, update_date, status, progress, reported_by, illustrative, source
    FROM status_update
    WHERE update_date <= $as_of
    QUALIFY row_number() OVER (PARTITION BY measure_id ORDER BY update_date DESC, id DESC) = 1
),
last_comment AS (
    SELECT measure_id, comment, update_date
    FROM status_update
    WHERE update_date <= $as_of AND nullif(trim(comment), '') IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY measure_id ORDER BY update_date DESC, id DESC) = 1
),
channels AS (
    SELECT mc.measure_id, string_agg(c.name, ', ' ORDER BY c.name) AS channels
    FROM measure_channel mc JOIN channel c ON c.id = mc.channel_id
    GROUP BY mc.measure_id
),
audiences AS (
    SELECT ma.measure_id, string_agg(a.name, ', ' ORDER BY a.name) AS audiences
    FROM measure_audience ma JOIN audience a ON a.id = ma.audience_id
    GROUP BY ma.measure_id
)
SELECT
    m.id,
    m.title,
    m.goal_id,
    g.title AS goal_title,
    g.sort_order AS goal_order,
    m.owner_id,
    coalesce(o.name, '') AS owner,
    m.start_date,
    m.due_date,
    m.weight,
    coalesce(l.status, 'not_started') AS status,
    coalesce(l.progress, 0.0) AS progress,
    l.update_date AS last_update,
    l.reported_by,
    coalesce(l.illustrative, false) AS illustrative,
    l.source AS update_source,
    lc.comment AS last_comment,
    lc.update_date AS last_comment_date,
    coalesce(ch.channels, '') AS channels,
    coalesce(au.audiences, '') AS audiences
FROM measure m
JOIN goal g ON g.id = m.goal_id
LEFT JOIN owner o ON o.id = m.owner_id
LEFT JOIN latest l ON l.measure_id = m.id
LEFT JOIN last_comment lc ON lc.measure_id = m.id
LEFT JOIN channels ch ON ch.measure_id = m.id
LEFT JOIN audiences au ON au.measure_id = m.id
WHERE g.plan_id = $plan_id
  AND m.archived_at IS NULL
  AND ($goal_id::VARCHAR IS NULL OR m.goal_id = $goal_id)
  AND ($owner_id::VARCHAR IS NULL OR m.owner_id = $owner_id)
  AND ($channel_id::VARCHAR IS NULL OR EXISTS (
        SELECT 1 FROM measure_channel mc
        WHERE mc.measure_id = m.id AND mc.channel_id = $channel_id))
ORDER BY g.sort_order, g.id, m.sort_order, m.id
