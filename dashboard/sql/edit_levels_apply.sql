-- Write an edit of metric levels as batch $batch: one new row per changed metric for the
-- plan's organisation (metric_level is append-only: the newest row is in force, and undo
-- deletes the batch's rows so the ones before are in force again).
INSERT INTO metric_level (organisation_id, metric, level, import_batch_id, source)
SELECT $org_id, e.id, e.v ->> 'level', $batch, $source
FROM edit_rows e WHERE e.action = 'changed'
ORDER BY e.id;
