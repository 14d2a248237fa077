-- PostgreSQL variant of ../ingest_undo.sql: previous is jsonb, so previous::JSON goes;
-- TRY_CAST is CAST (PostgreSQL has none: the values were written by the apply scripts as
-- jsonb of the columns' own types, and one that does not cast fails the undo, which then
-- changes nothing, rather than turning into NULL); unnest(from_json(list)) is
-- jsonb_array_elements_text of the list where it is one (DuckDB's from_json of a JSON
-- null is NULL, and coalesce(…, []) then no row); DOUBLE is DOUBLE PRECISION.
-- Undo import batch $batch: put back what it changed, then remove what it added.
-- Restored rows get their earlier batch back, so the deletes below spare them.
UPDATE goal
SET plan_id = b.previous ->> 'plan_id', title = b.previous ->> 'title',
    description = b.previous ->> 'description',
    sort_order = CAST(b.previous ->> 'sort_order' AS INTEGER),
    parent_goal_id = b.previous ->> 'parent_goal_id',
    import_batch_id = CAST(b.previous ->> 'import_batch_id' AS INTEGER),
    source = b.previous ->> 'source'
FROM batch_change b
WHERE b.batch_id = $batch AND b.table_name = 'goal' AND goal.id = b.row_key;

UPDATE measure
SET goal_id = b.previous ->> 'goal_id', title = b.previous ->> 'title',
    owner_id = b.previous ->> 'owner_id',
    start_date = CAST(b.previous ->> 'start_date' AS DATE),
    due_date = CAST(b.previous ->> 'due_date' AS DATE),
    weight = CAST(b.previous ->> 'weight' AS DOUBLE PRECISION),
    import_batch_id = CAST(b.previous ->> 'import_batch_id' AS INTEGER),
    source = b.previous ->> 'source'
FROM batch_change b
WHERE b.batch_id = $batch AND b.table_name = 'measure' AND measure.id = b.row_key;

-- Measures the batch archived (an edit that removed a measure with history).
UPDATE measure SET archived_at = NULL, archived_batch = NULL WHERE archived_batch = $batch;

-- Goals and measures the batch removed (edits on the pages): put the stored rows back.
INSERT INTO goal (id, plan_id, title, description, sort_order, parent_goal_id,
    import_batch_id, source)
SELECT row_key, p ->> 'plan_id', p ->> 'title', p ->> 'description',
       coalesce(CAST(p ->> 'sort_order' AS INTEGER), 0), p ->> 'parent_goal_id',
       CAST(p ->> 'import_batch_id' AS INTEGER), p ->> 'source'
FROM (SELECT row_key, previous AS p FROM batch_change
      WHERE batch_id = $batch AND table_name = 'goal') changed
WHERE row_key NOT IN (SELECT id FROM goal);

INSERT INTO measure (id, goal_id, title, owner_id, start_date, due_date, weight, sort_order,
                     archived_at, archived_batch, import_batch_id, source)
SELECT row_key, p ->> 'goal_id', p ->> 'title', p ->> 'owner_id',
       CAST(p ->> 'start_date' AS DATE), CAST(p ->> 'due_date' AS DATE),
       CAST(p ->> 'weight' AS DOUBLE PRECISION), coalesce(CAST(p ->> 'sort_order' AS INTEGER), 0),
       CAST(p ->> 'archived_at' AS TIMESTAMP), CAST(p ->> 'archived_batch' AS INTEGER),
       CAST(p ->> 'import_batch_id' AS INTEGER), p ->> 'source'
FROM (SELECT row_key, previous AS p FROM batch_change
      WHERE batch_id = $batch AND table_name = 'measure') changed
WHERE row_key NOT IN (SELECT id FROM measure);

DELETE FROM measure_channel WHERE measure_id IN (
    SELECT row_key FROM batch_change WHERE batch_id = $batch AND table_name = 'measure');

DELETE FROM measure_audience WHERE measure_id IN (
    SELECT row_key FROM batch_change WHERE batch_id = $batch AND table_name = 'measure');

INSERT INTO measure_channel (measure_id, channel_id)
SELECT row_key, jsonb_array_elements_text(previous -> 'channels')
FROM batch_change WHERE batch_id = $batch AND table_name = 'measure'
  AND jsonb_typeof(previous -> 'channels') = 'array';

INSERT INTO measure_audience (measure_id, audience_id)
SELECT row_key, jsonb_array_elements_text(previous -> 'audiences')
FROM batch_change WHERE batch_id = $batch AND table_name = 'measure'
  AND jsonb_typeof(previous -> 'audiences') = 'array';

-- the dependencies of the measures it changed or removed, as they were (a measure
-- stored before migration 0015 has no depends_on: its dependencies stay)
DELETE FROM measure_dependency WHERE measure_id IN (
    SELECT row_key FROM batch_change WHERE batch_id = $batch AND table_name = 'measure'
    AND (previous -> 'depends_on') IS NOT NULL);

INSERT INTO measure_dependency (measure_id, depends_on, import_batch_id)
SELECT row_key, jsonb_array_elements_text(previous -> 'depends_on'),
       CAST(previous ->> 'import_batch_id' AS INTEGER)
FROM batch_change WHERE batch_id = $batch AND table_name = 'measure'
  AND (previous -> 'depends_on') IS NOT NULL;

UPDATE channel_metric
SET value = CAST(b.previous ->> 'value' AS DOUBLE PRECISION), note = b.previous ->> 'note',
    illustrative = coalesce(CAST(b.previous ->> 'illustrative' AS BOOLEAN), false),
    sample_size = CAST(b.previous ->> 'sample_size' AS INTEGER),
    import_batch_id = CAST(b.previous ->> 'import_batch_id' AS INTEGER),
    -- (source_line since migration 0021: absent, and NULL, in values kept before it)
    source = b.previous ->> 'source',
    source_line = CAST(b.previous ->> 'source_line' AS INTEGER)
FROM batch_change b
WHERE b.batch_id = $batch AND b.table_name = 'channel_metric'
  AND channel_metric.id = CAST(b.row_key AS BIGINT);

DELETE FROM measure_channel WHERE measure_id IN (
    SELECT id FROM measure WHERE import_batch_id = $batch);

DELETE FROM measure_audience WHERE measure_id IN (
    SELECT id FROM measure WHERE import_batch_id = $batch);

DELETE FROM measure_dependency WHERE measure_id IN (
    SELECT id FROM measure WHERE import_batch_id = $batch);

DELETE FROM channel_metric WHERE import_batch_id = $batch;

DELETE FROM status_update WHERE import_batch_id = $batch;

-- a change of metric levels (migration 0013): the rows before it are in force again
DELETE FROM metric_level WHERE import_batch_id = $batch;

-- a publish or unpublish (migration 0012): the row before it is in force again
DELETE FROM plan_publication WHERE import_batch_id = $batch;

-- a saved reminder text (migration 0018): the text before it is in force again
DELETE FROM reminder_template WHERE import_batch_id = $batch;

-- a switch of "updates from owners need approval" (migration 0019): the setting before it
-- is in force again
DELETE FROM plan_owner_review WHERE import_batch_id = $batch;

DELETE FROM goal_kpi WHERE import_batch_id = $batch;

DELETE FROM meeting_measure WHERE meeting_id IN (
    SELECT id FROM meeting WHERE import_batch_id = $batch);

DELETE FROM meeting_goal WHERE meeting_id IN (
    SELECT id FROM meeting WHERE import_batch_id = $batch);

DELETE FROM meeting WHERE import_batch_id = $batch;

DELETE FROM measure WHERE import_batch_id = $batch;

DELETE FROM goal WHERE import_batch_id = $batch;

DELETE FROM plan WHERE import_batch_id = $batch;

DELETE FROM owner WHERE import_batch_id = $batch;

DELETE FROM channel WHERE import_batch_id = $batch;

DELETE FROM audience WHERE import_batch_id = $batch;

DELETE FROM organisation WHERE import_batch_id = $batch;

-- Goal targets, owners, channels and target groups this batch changed or removed:
-- the rows that carry the batch are gone (above), so the stored rows go back whole.
-- (a goal target stored before migration 0008 has no direction: it was "up")
INSERT INTO goal_kpi (goal_id, channel_id, metric, target, period_start, period_end,
                      direction, import_batch_id, source)
SELECT p ->> 'goal_id', p ->> 'channel_id', p ->> 'metric', CAST(p ->> 'target' AS DOUBLE PRECISION),
       CAST(p ->> 'period_start' AS DATE), CAST(p ->> 'period_end' AS DATE),
       coalesce(p ->> 'direction', 'up'),
       CAST(p ->> 'import_batch_id' AS INTEGER), p ->> 'source'
FROM (SELECT previous AS p FROM batch_change
      WHERE batch_id = $batch AND table_name = 'goal_kpi') changed;

INSERT INTO owner (id, organisation_id, name, email, import_batch_id, source)
SELECT p ->> 'id', p ->> 'organisation_id', p ->> 'name', p ->> 'email',
       CAST(p ->> 'import_batch_id' AS INTEGER), p ->> 'source'
FROM (SELECT previous AS p FROM batch_change
      WHERE batch_id = $batch AND table_name = 'owner') changed;

INSERT INTO channel (id, organisation_id, name, scope, richness, import_batch_id, source)
SELECT p ->> 'id', p ->> 'organisation_id', p ->> 'name', p ->> 'scope', p ->> 'richness',
       CAST(p ->> 'import_batch_id' AS INTEGER), p ->> 'source'
FROM (SELECT previous AS p FROM batch_change
      WHERE batch_id = $batch AND table_name = 'channel') changed;

INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT p ->> 'id', p ->> 'organisation_id', p ->> 'name', p ->> 'scope',
       CAST(p ->> 'import_batch_id' AS INTEGER), p ->> 'source'
FROM (SELECT previous AS p FROM batch_change
      WHERE batch_id = $batch AND table_name = 'audience') changed;

UPDATE import_batch SET state = 'undone', undone_at = current_timestamp, undone_by = $by
WHERE id = $batch;
