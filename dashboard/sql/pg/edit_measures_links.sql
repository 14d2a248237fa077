-- PostgreSQL variant of ../edit_measures_links.sql: a JSON list's values are
-- jsonb_array_elements_text(), not unnest(from_json(…, '["VARCHAR"]')).
INSERT INTO measure_channel (measure_id, channel_id)
SELECT DISTINCT id, jsonb_array_elements_text(v -> 'channel_ids')
FROM edit_rows WHERE action IN ('changed', 'added');

INSERT INTO measure_audience (measure_id, audience_id)
SELECT DISTINCT id, jsonb_array_elements_text(v -> 'audience_ids')
FROM edit_rows WHERE action IN ('changed', 'added');

INSERT INTO measure_dependency (measure_id, depends_on, import_batch_id)
SELECT DISTINCT id, jsonb_array_elements_text(v -> 'depends_ids'), $batch
FROM edit_rows WHERE action IN ('changed', 'added');
