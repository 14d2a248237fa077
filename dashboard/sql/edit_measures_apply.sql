-- Write an edit of measures as batch $batch: new owners, channels and target groups
-- first (edit_measures_previous.sql has kept the previous rows of changed, removed and
-- archived measures for undo); a measure with history is archived, one without is
-- deleted with its links (edit_measures_links.sql then writes the new links).
INSERT INTO owner (id, organisation_id, name, import_batch_id, source)
SELECT id, $org_id, name, $batch, $source FROM edit_names WHERE what = 'owner';

INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source)
SELECT id, $org_id, name, 'external', $batch, $source FROM edit_names WHERE what = 'channel';

INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT id, $org_id, name, 'external', $batch, $source FROM edit_names WHERE what = 'audience';

UPDATE measure
SET goal_id = e.v ->> 'goal_id', title = e.v ->> 'title', owner_id = e.v ->> 'owner_id',
    start_date = CAST(e.v ->> 'start_date' AS DATE), due_date = CAST(e.v ->> 'due_date' AS DATE),
    weight = CAST(e.v ->> 'weight' AS DOUBLE PRECISION),
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
       CAST(e.v ->> 'weight' AS DOUBLE PRECISION),
       (SELECT coalesce(max(sort_order), 0) FROM measure)
           + row_number() OVER (ORDER BY e.id),
       $batch, $source
FROM edit_rows e WHERE e.action = 'added';
