-- Remove the demo plans and everything under them (goals, measures, statuses,
-- targets, meetings, the demo's channel figures). The demo's organisations, owners,
-- channels and target groups go too, unless rows that stay still use them (a plan
-- of the organisation's own): those stay, no longer counted as the demo's.
-- Later batches that touched only demo rows have been undone before this runs.
-- (The same text on DuckDB and PostgreSQL: a temporary table is dropped, if a failed
-- run left it, and made; no table of the schema has a demo_* name.)
DROP TABLE IF EXISTS demo_batch;

CREATE TEMP TABLE demo_batch AS
SELECT id FROM import_batch WHERE kind = 'demo' AND state = 'committed';

DROP TABLE IF EXISTS demo_plan;

CREATE TEMP TABLE demo_plan AS
SELECT id FROM plan WHERE import_batch_id IN (SELECT id FROM demo_batch);

DROP TABLE IF EXISTS demo_goal;

CREATE TEMP TABLE demo_goal AS
SELECT id FROM goal WHERE plan_id IN (SELECT id FROM demo_plan);

DROP TABLE IF EXISTS demo_measure;

CREATE TEMP TABLE demo_measure AS
SELECT id FROM measure WHERE goal_id IN (SELECT id FROM demo_goal);

DELETE FROM meeting_measure WHERE meeting_id IN (
    SELECT id FROM meeting WHERE plan_id IN (SELECT id FROM demo_plan));

DELETE FROM meeting_goal WHERE meeting_id IN (
    SELECT id FROM meeting WHERE plan_id IN (SELECT id FROM demo_plan));

DELETE FROM meeting WHERE plan_id IN (SELECT id FROM demo_plan);

DELETE FROM measure_channel WHERE measure_id IN (SELECT id FROM demo_measure);

DELETE FROM measure_audience WHERE measure_id IN (SELECT id FROM demo_measure);

DELETE FROM measure_dependency
WHERE measure_id IN (SELECT id FROM demo_measure) OR depends_on IN (SELECT id FROM demo_measure);

DELETE FROM status_update WHERE measure_id IN (SELECT id FROM demo_measure);

DELETE FROM channel_metric
WHERE import_batch_id IN (SELECT id FROM demo_batch)
   OR goal_id IN (SELECT id FROM demo_goal)
   OR measure_id IN (SELECT id FROM demo_measure);

DELETE FROM goal_kpi
WHERE import_batch_id IN (SELECT id FROM demo_batch) OR goal_id IN (SELECT id FROM demo_goal);

DELETE FROM measure WHERE id IN (SELECT id FROM demo_measure);

DELETE FROM goal WHERE id IN (SELECT id FROM demo_goal);

DELETE FROM plan WHERE id IN (SELECT id FROM demo_plan);

DELETE FROM owner
WHERE import_batch_id IN (SELECT id FROM demo_batch)
  AND id NOT IN (SELECT owner_id FROM measure WHERE owner_id IS NOT NULL);

DELETE FROM channel
WHERE import_batch_id IN (SELECT id FROM demo_batch)
  AND id NOT IN (SELECT channel_id FROM measure_channel)
  AND id NOT IN (SELECT channel_id FROM channel_metric)
  AND id NOT IN (SELECT channel_id FROM goal_kpi);

DELETE FROM audience
WHERE import_batch_id IN (SELECT id FROM demo_batch)
  AND id NOT IN (SELECT audience_id FROM measure_audience)
  AND id NOT IN (SELECT audience_id FROM channel_metric WHERE audience_id IS NOT NULL);

DELETE FROM organisation
WHERE import_batch_id IN (SELECT id FROM demo_batch)
  AND id NOT IN (SELECT organisation_id FROM plan)
  AND id NOT IN (SELECT organisation_id FROM owner)
  AND id NOT IN (SELECT organisation_id FROM channel)
  AND id NOT IN (SELECT organisation_id FROM audience);

UPDATE owner SET import_batch_id = NULL WHERE import_batch_id IN (SELECT id FROM demo_batch);

UPDATE channel SET import_batch_id = NULL
WHERE import_batch_id IN (SELECT id FROM demo_batch);

UPDATE audience SET import_batch_id = NULL
WHERE import_batch_id IN (SELECT id FROM demo_batch);

UPDATE organisation SET import_batch_id = NULL
WHERE import_batch_id IN (SELECT id FROM demo_batch);

UPDATE import_batch SET state = 'undone', undone_at = current_timestamp, undone_by = $by
WHERE id IN (SELECT id FROM demo_batch);

DROP TABLE demo_measure;

DROP TABLE demo_goal;

DROP TABLE demo_plan;

DROP TABLE demo_batch;
