-- What still uses the goals $ids: their measures (archived ones too) and channel
-- figures. A goal in use cannot be removed.
SELECT m.goal_id AS id,
       m.title || CASE WHEN m.archived_at IS NOT NULL THEN ' (arkivert / archived)' ELSE '' END
           AS title
FROM measure m WHERE m.goal_id IN (SELECT unnest($ids::VARCHAR[]))
UNION ALL
SELECT cm.goal_id, c.name || ' ' || cm.metric || ' ' || CAST(cm.period_start AS VARCHAR)
FROM channel_metric cm JOIN channel c ON c.id = cm.channel_id
WHERE cm.goal_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY 1, 2
