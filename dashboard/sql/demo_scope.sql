-- Removing the demo: for every committed batch after the demo, how many of the rows
-- it added or changed belong to the demo (demo_rows) and how many to anything else
-- (other_rows). A demo row is under a demo plan (its goals, measures, statuses,
-- targets, meetings), or belongs to a demo organisation that owns no other plan.
WITH demo_batch AS (
    SELECT id FROM import_batch WHERE kind = 'demo' AND state = 'committed'
), demo_plan AS (
    SELECT id FROM plan WHERE import_batch_id IN (SELECT id FROM demo_batch)
), demo_only_org AS (
    SELECT id FROM organisation
    WHERE import_batch_id IN (SELECT id FROM demo_batch)
      AND id NOT IN (SELECT organisation_id FROM plan
                     WHERE id NOT IN (SELECT id FROM demo_plan))
), demo_goal AS (
    SELECT id FROM goal WHERE plan_id IN (SELECT id FROM demo_plan)
), demo_measure AS (
    SELECT id FROM measure WHERE goal_id IN (SELECT id FROM demo_goal)
), touched (batch_id, demo) AS (
    SELECT import_batch_id, id IN (SELECT id FROM demo_plan) FROM plan
    UNION ALL
    SELECT import_batch_id, plan_id IN (SELECT id FROM demo_plan) FROM goal
    UNION ALL
    SELECT import_batch_id, goal_id IN (SELECT id FROM demo_goal) FROM measure
    UNION ALL
    SELECT import_batch_id, measure_id IN (SELECT id FROM demo_measure) FROM status_update
    UNION ALL
    SELECT import_batch_id, goal_id IN (SELECT id FROM demo_goal) FROM goal_kpi
    UNION ALL
    SELECT import_batch_id, plan_id IN (SELECT id FROM demo_plan) FROM meeting
    UNION ALL
    SELECT import_batch_id, plan_id IN (SELECT id FROM demo_plan) FROM plan_publication
    UNION ALL
    SELECT import_batch_id, organisation_id IN (SELECT id FROM demo_only_org) FROM owner
    UNION ALL
    SELECT import_batch_id, organisation_id IN (SELECT id FROM demo_only_org) FROM channel
    UNION ALL
    SELECT import_batch_id, organisation_id IN (SELECT id FROM demo_only_org) FROM audience
    UNION ALL
    SELECT import_batch_id, false FROM organisation
    UNION ALL
    SELECT cm.import_batch_id,
           coalesce(cm.goal_id IN (SELECT id FROM demo_goal), false)
           OR coalesce(cm.measure_id IN (SELECT id FROM demo_measure), false)
           OR coalesce(c.organisation_id IN (SELECT id FROM demo_only_org), false)
    FROM channel_metric cm LEFT JOIN channel c ON c.id = cm.channel_id
    UNION ALL
    -- rows a batch changed or removed, as they were
    SELECT batch_id, CASE table_name
        WHEN 'plan' THEN row_key IN (SELECT id FROM demo_plan)
        WHEN 'goal' THEN row_key IN (SELECT id FROM demo_goal)
        WHEN 'measure' THEN row_key IN (SELECT id FROM demo_measure)
        WHEN 'goal_kpi' THEN coalesce(previous::JSON ->> 'goal_id' IN
                                      (SELECT id FROM demo_goal), false)
        WHEN 'channel_metric' THEN coalesce(previous::JSON ->> 'goal_id' IN
                                            (SELECT id FROM demo_goal), false)
        ELSE coalesce(previous::JSON ->> 'organisation_id' IN
                      (SELECT id FROM demo_only_org), false)
        END
    FROM batch_change
)
SELECT b.id AS batch_id, b.kind, b.file_name,
       count(*) FILTER (WHERE coalesce(t.demo, false)) AS demo_rows,
       count(*) FILTER (WHERE NOT coalesce(t.demo, false)) AS other_rows
FROM touched t
JOIN import_batch b ON b.id = t.batch_id
WHERE b.state = 'committed' AND b.kind <> 'demo'
GROUP BY b.id, b.kind, b.file_name
ORDER BY b.id
