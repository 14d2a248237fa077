-- An edit of measures as batch $batch, after edit_measures_apply.sql: the channels,
-- target groups and dependencies of changed and added measures, from their JSON lists.
INSERT INTO measure_channel (measure_id, channel_id)
SELECT DISTINCT id, unnest(from_json(v -> 'channel_ids', '["VARCHAR"]'))
FROM edit_rows WHERE action IN ('changed', 'added');

INSERT INTO measure_audience (measure_id, audience_id)
SELECT DISTINCT id, unnest(from_json(v -> 'audience_ids', '["VARCHAR"]'))
FROM edit_rows WHERE action IN ('changed', 'added');

INSERT INTO measure_dependency (measure_id, depends_on, import_batch_id)
SELECT DISTINCT id, unnest(from_json(v -> 'depends_ids', '["VARCHAR"]')), $batch
FROM edit_rows WHERE action IN ('changed', 'added');
