-- PostgreSQL variant of ../edit_measures.sql: array_agg for list, ARRAY[]::VARCHAR[]
-- for the empty list [].
-- A plan's measures (or one goal's, $goal_id) as the Rediger table shows them: names
-- where the database holds ids, channels and target groups as lists, and the ids
-- of the measures each waits on (migration 0015). Archived
-- measures are left out.
SELECT
    m.id,
    m.title,
    g.title AS goal,
    o.name AS owner,
    coalesce((SELECT array_agg(c.name ORDER BY c.name) FROM measure_channel mc
              JOIN channel c ON c.id = mc.channel_id WHERE mc.measure_id = m.id), ARRAY[]::VARCHAR[])
        AS channels,
    coalesce((SELECT array_agg(a.name ORDER BY a.name) FROM measure_audience ma
              JOIN audience a ON a.id = ma.audience_id WHERE ma.measure_id = m.id), ARRAY[]::VARCHAR[])
        AS audiences,
    m.start_date,
    m.due_date,
    m.weight,
    coalesce((SELECT array_agg(d.depends_on ORDER BY d.depends_on) FROM measure_dependency d
              WHERE d.measure_id = m.id), ARRAY[]::VARCHAR[]) AS depends_on
FROM measure m
JOIN goal g ON g.id = m.goal_id
LEFT JOIN owner o ON o.id = m.owner_id
WHERE g.plan_id = $plan_id
  AND m.archived_at IS NULL
  AND ($goal_id::VARCHAR IS NULL OR m.goal_id = $goal_id)
ORDER BY g.sort_order, g.id, m.sort_order, m.id
