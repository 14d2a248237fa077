-- PostgreSQL variant of ../edit_measures_previous.sql: struct_pack is json_build_object
-- (the same keys in the same order), list() is array_agg(), [] is ARRAY[]::VARCHAR[].
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'measure', m.id,
       json_build_object(
           'goal_id', m.goal_id, 'title', m.title, 'owner_id', m.owner_id,
           'start_date', m.start_date, 'due_date', m.due_date, 'weight', m.weight,
           'sort_order', m.sort_order, 'archived_at', m.archived_at,
           'archived_batch', m.archived_batch,
           'import_batch_id', m.import_batch_id, 'source', m.source,
           'channels', (SELECT array_agg(channel_id) FROM measure_channel
                        WHERE measure_id = m.id),
           'audiences', (SELECT array_agg(audience_id) FROM measure_audience
                         WHERE measure_id = m.id),
           'depends_on', coalesce((SELECT array_agg(depends_on ORDER BY depends_on)
                                   FROM measure_dependency WHERE measure_id = m.id),
                                  ARRAY[]::VARCHAR[]))
FROM measure m JOIN edit_rows e ON e.id = m.id
WHERE e.action IN ('changed', 'removed', 'archived')
