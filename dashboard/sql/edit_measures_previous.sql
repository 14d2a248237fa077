-- An edit of measures as batch $batch keeps the previous row of each changed, removed
-- and archived measure, with its channels and target groups (as
-- ingest_measures_apply.sql does), for undo; run before edit_measures_apply.sql.
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'measure', m.id,
       to_json(struct_pack(
           goal_id := m.goal_id, title := m.title, owner_id := m.owner_id,
           start_date := m.start_date, due_date := m.due_date, weight := m.weight,
           sort_order := m.sort_order, archived_at := m.archived_at,
           archived_batch := m.archived_batch,
           import_batch_id := m.import_batch_id, source := m.source,
           channels := (SELECT list(channel_id) FROM measure_channel WHERE measure_id = m.id),
           audiences := (SELECT list(audience_id) FROM measure_audience
                         WHERE measure_id = m.id),
           depends_on := coalesce((SELECT list(depends_on ORDER BY depends_on)
                                   FROM measure_dependency WHERE measure_id = m.id),
                                  []::VARCHAR[])))
FROM measure m JOIN edit_rows e ON e.id = m.id
WHERE e.action IN ('changed', 'removed', 'archived');
