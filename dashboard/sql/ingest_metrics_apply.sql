-- Write an upload's channel figures: new channels and target groups first, then
-- changed figures (their previous values kept for undo), then the new ones.
-- (temp tables actions and upload_names, view actions_named: see ingest_metrics.sql)
-- A figure written here keeps its line in source_line and no source text: its source is
-- the batch's file_name || ':' || source_line (migration 0021), written once per batch.
CREATE OR REPLACE TEMP TABLE new_names AS
SELECT DISTINCT 'channel' AS what, channel_name AS name FROM actions_named
WHERE channel_id IS NULL AND action <> 'unchanged'
UNION ALL
SELECT DISTINCT 'audience', audience_name FROM actions_named
WHERE audience_id IS NULL AND audience_name IS NOT NULL AND action <> 'unchanged';

INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source)
SELECT CASE WHEN pp_slug($org_id, name) IN (SELECT id FROM channel)
            THEN pp_slug($org_id, name) || '-' || left(md5(name), 6)
            ELSE pp_slug($org_id, name) END,
       $org_id, name,
       coalesce((SELECT any_value(s.scope) FROM channel_scopes s
                 WHERE lower(s.name) = lower(n.name)), $scope),
       $batch, $file
FROM (SELECT DISTINCT ON (lower(name)) name FROM new_names WHERE what = 'channel') n;

INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT CASE WHEN pp_slug($org_id, name) IN (SELECT id FROM audience)
            THEN pp_slug($org_id, name) || '-' || left(md5(name), 6)
            ELSE pp_slug($org_id, name) END,
       $org_id, name, 'external', $batch, $file
FROM (SELECT DISTINCT ON (lower(name)) name FROM new_names WHERE what = 'audience');

INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'channel_metric', CAST(m.id AS VARCHAR),
       to_json(struct_pack(value := m.value, note := m.note, illustrative := m.illustrative,
                           sample_size := m.sample_size,
                           import_batch_id := m.import_batch_id, source := m.source,
                           source_line := m.source_line))
FROM channel_metric m JOIN actions a ON a.existing_id = m.id
WHERE a.action = 'changed';

UPDATE channel_metric
SET value = a.value, note = coalesce(a.note, channel_metric.note), illustrative = false,
    sample_size = coalesce(a.sample_size, channel_metric.sample_size),
    import_batch_id = $batch, source = NULL, source_line = a.line
FROM actions a
WHERE a.action = 'changed' AND channel_metric.id = a.existing_id;

-- The new channels' and target groups' ids into the upload's names (a few hundred rows),
-- so that the figures below take their ids by name number, not by name per row.
UPDATE upload_names SET channel_id = c.id
FROM channel c
WHERE upload_names.channel_id IS NULL AND c.organisation_id = $org_id
  AND c.import_batch_id = $batch AND lower(c.name) = upload_names.channel_key;

UPDATE upload_names SET audience_id = au.id
FROM audience au
WHERE upload_names.audience_id IS NULL AND upload_names.audience_name IS NOT NULL
  AND au.organisation_id = $org_id AND au.import_batch_id = $batch
  AND lower(au.name) = upload_names.audience_key;

-- (ORDER BY line: the figures' ids follow the file's lines.)
INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value, audience_id,
                            goal_id, measure_id, note, illustrative, import_batch_id,
                            source_line, sample_size)
SELECT n.channel_id, a.period_start, a.period_end, a.metric, a.value, n.audience_id,
       a.goal_id, a.measure_id, a.note, false, $batch, a.line, a.sample_size
FROM actions a JOIN upload_names n USING (name_row)
WHERE a.action = 'added'
ORDER BY a.line;
