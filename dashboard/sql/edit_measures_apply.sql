-- Write an edit of measures as batch $batch: new owners, channels and target groups
-- first; changed, removed and archived measures keep their previous row with their
-- channels and target groups (as ingest_measures_apply.sql does) for undo; a
-- measure with history is archived, one without is deleted with its links.
INSERT INTO owner (id, organisation_id, name, import_batch_id, source)
SELECT id, $org_id, name, $batch, $source FROM edit_names WHERE what = 'owner';

INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source)
SELECT id, $org_id, name, 'external', $batch, $source FROM edit_names WHERE what = 'channel';

INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT id, $org_id, name, 'external', $batch, $source FROM edit_names WHERE what = 'audience';

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

UPDATE measure
SET goal_id = e.v ->> 'goal_id', title = e.v ->> 'title', owner_id = e.v ->> 'owner_id',
    start_date = CAST(e.v ->> 'start_date' AS DATE), due_date = CAST(e.v ->> 'due_date' AS DATE),
    weight = CAST(e.v ->> 'weight' AS DOUBLE),
    import_batch_id = $batch, source = $source
FROM edit_rows e
WHERE e.action = 'changed' AND measure.id = e.id;

UPDATE measure
SET archived_at = current_timestamp, archived_batch = $batch,
    import_batch_id = $batch, source = $source
FROM edit_rows e
WHERE e.action = 'archived' AND measure.id = e.id;

DELETE FROM measure_channel WHERE measure_id IN (
    SELECT id FROM edit_rows WHERE action IN ('changed', 'removed'));

DELETE FROM measure_audience WHERE measure_id IN (
    SELECT id FROM edit_rows WHERE action IN ('changed', 'removed'));

-- the dependencies: rewritten for changed measures, gone with a removed one
DELETE FROM measure_dependency WHERE measure_id IN (
    SELECT id FROM edit_rows WHERE action IN ('changed', 'removed'));

DELETE FROM measure WHERE id IN (SELECT id FROM edit_rows WHERE action = 'removed');

INSERT INTO measure (id, goal_id, title, owner_id, start_date, due_date, weight, sort_order,
                     import_batch_id, source)
SELECT e.id, e.v ->> 'goal_id', e.v ->> 'title', e.v ->> 'owner_id',
       CAST(e.v ->> 'start_date' AS DATE), CAST(e.v ->> 'due_date' AS DATE),
       CAST(e.v ->> 'weight' AS DOUBLE),
       (SELECT coalesce(max(sort_order), 0) FROM measure)
           + row_number() OVER (ORDER BY e.id),
       $batch, $source
FROM edit_rows e WHERE e.action = 'added';

INSERT INTO measure_channel (measure_id, channel_id)
SELECT DISTINCT id, unnest(from_json(v -> 'channel_ids', '["VARCHAR"]'))
FROM edit_rows WHERE action IN ('changed', 'added');

INSERT INTO measure_audience (measure_id, audience_id)
SELECT DISTINCT id, unnest(from_json(v -> 'audience_ids', '["VARCHAR"]'))
FROM edit_rows WHERE action IN ('changed', 'added');

INSERT INTO measure_dependency (measure_id, depends_on, import_batch_id)
SELECT DISTINCT id, unnest(from_json(v -> 'depends_ids', '["VARCHAR"]')), $batch
FROM edit_rows WHERE action IN ('changed', 'added');
