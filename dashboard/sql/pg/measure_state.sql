-- PostgreSQL variant of ../measure_state.sql: DuckDB's arg_max of a struct over
-- (update_date, id) is the first row of a LATERAL subquery ordered by (update_date, id),
-- latest first, once for the latest update and once for the latest update with a
-- comment: a few steps back along the index per measure, where DISTINCT ON sorted the
-- plan's whole history (docs/scale-out.md, "Speed on PostgreSQL").
-- The measures of a plan with their state on $as_of: the latest status update on
-- or before that date (no update yet means $initial_status, 0 %). Optional filters:
-- $goal_id, $owner_id, $channel_id (NULL means all). Archived measures are left out.
-- The plan's measures are chosen first: the windows run over their history only.
WITH ms AS (
    -- the plan's measures first, so the windows below see only their history
    SELECT m.*
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
channels AS (
    SELECT mc.measure_id, string_agg(c.name, ', ' ORDER BY c.name) AS channels
    FROM measure_channel mc JOIN ms ON ms.id = mc.measure_id JOIN channel c ON c.id = mc.channel_id
    GROUP BY mc.measure_id
),
audiences AS (
    SELECT ma.measure_id, string_agg(a.name, ', ' ORDER BY a.name) AS audiences
    FROM measure_audience ma JOIN ms ON ms.id = ma.measure_id
    JOIN audience a ON a.id = ma.audience_id
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
    coalesce(l.status, $initial_status) AS status,
    coalesce(l.progress, 0.0) AS progress,
    l.update_date AS last_update,
    l.reported_by,
    coalesce(l.illustrative, false) AS illustrative,
    l.source AS update_source,
    lc.comment AS last_comment,
    lc.update_date AS last_comment_date,
    coalesce(ch.channels, '') AS channels,
    coalesce(au.audiences, '') AS audiences
FROM ms m
JOIN goal g ON g.id = m.goal_id
LEFT JOIN owner o ON o.id = m.owner_id
LEFT JOIN LATERAL (  -- the update with the greatest (update_date, id)
    SELECT su.update_date, su.status, su.progress, su.reported_by, su.illustrative, su.source
    FROM status_update su
    WHERE su.measure_id = m.id AND su.update_date <= $as_of
    ORDER BY su.update_date DESC, su.id DESC
    LIMIT 1
) l ON true
LEFT JOIN LATERAL (  -- the same among the updates with a comment
    SELECT su.comment, su.update_date
    FROM status_update su
    WHERE su.measure_id = m.id AND su.update_date <= $as_of
      AND nullif(trim(su.comment), '') IS NOT NULL
    ORDER BY su.update_date DESC, su.id DESC
    LIMIT 1
) lc ON true
LEFT JOIN channels ch ON ch.measure_id = m.id
LEFT JOIN audiences au ON au.measure_id = m.id
ORDER BY g.sort_order, g.id, m.sort_order, m.id
