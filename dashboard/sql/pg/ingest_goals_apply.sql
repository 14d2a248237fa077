-- PostgreSQL variant of ../ingest_goals_apply.sql: DuckDB's to_json(struct_pack(…)) is
-- jsonb_build_object(…) here (batch_change.previous is jsonb).
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'goal', g.id,
       jsonb_build_object('plan_id', g.plan_id, 'title', g.title,
                          'description', g.description, 'sort_order', g.sort_order,
                          'parent_goal_id', g.parent_goal_id,
                          'import_batch_id', g.import_batch_id, 'source', g.source)
FROM goal g JOIN actions a ON a.goal_id = g.id
WHERE a.action = 'changed';

UPDATE goal
SET plan_id = a.plan_id, title = a.title, description = a.description,
    sort_order = a.sort_order, parent_goal_id = a.parent_goal_id,
    import_batch_id = $batch, source = $file || ':' || a.line
FROM actions a
WHERE a.action = 'changed' AND goal.id = a.goal_id;

INSERT INTO goal (id, plan_id, title, description, sort_order, parent_goal_id,
    import_batch_id, source)
SELECT goal_id, plan_id, title, description, sort_order, parent_goal_id, $batch,
       $file || ':' || line
FROM actions WHERE action = 'added'
ORDER BY seq;
