-- Write an edit of a plan's goals as batch $batch. Changed and removed goals (and
-- the targets of removed goals) keep their whole previous row for undo.
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'goal', g.id, to_json(g)
FROM goal g JOIN edit_rows e ON e.id = g.id
WHERE e.action IN ('changed', 'removed');

INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'goal_kpi',
       k.goal_id || '|' || k.channel_id || '|' || k.metric || '|' || CAST(k.period_start AS VARCHAR),
       to_json(k)
FROM goal_kpi k JOIN edit_rows e ON e.id = k.goal_id
WHERE e.action = 'removed';

UPDATE goal
SET title = e.v ->> 'title', description = e.v ->> 'description',
    sort_order = coalesce(CAST(e.v ->> 'sort_order' AS INTEGER), goal.sort_order),
    parent_goal_id = e.v ->> 'parent_goal_id',
    import_batch_id = $batch, source = $source
FROM edit_rows e
WHERE e.action = 'changed' AND goal.id = e.id;

DELETE FROM goal_kpi WHERE goal_id IN (SELECT id FROM edit_rows WHERE action = 'removed');

DELETE FROM goal WHERE id IN (SELECT id FROM edit_rows WHERE action = 'removed');

INSERT INTO goal (id, plan_id, title, description, sort_order, parent_goal_id,
    import_batch_id, source)
SELECT e.id, $plan_id, e.v ->> 'title', e.v ->> 'description',
       coalesce(CAST(e.v ->> 'sort_order' AS INTEGER),
                (SELECT coalesce(max(sort_order), 0) FROM goal WHERE plan_id = $plan_id) + 1),
       e.v ->> 'parent_goal_id', $batch, $source
FROM edit_rows e WHERE e.action = 'added';
