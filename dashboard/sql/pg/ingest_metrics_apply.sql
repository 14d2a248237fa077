-- PostgreSQL variant of ../ingest_metrics_apply.sql (kept a close copy of it):
-- CREATE OR REPLACE TEMP TABLE is CREATE TEMP TABLE … ON COMMIT DROP; to_json(struct_pack(…))
-- is jsonb_build_object(…); any_value() (not in PostgreSQL 15) is min() of the one value;
-- the slug macro is the temporary function pg_temp.pp_slug (dashboard/pg/ingest.py); a
-- subquery in FROM has a name. actions_named is a table here (copied from DuckDB's view), and
-- new names' ids are joined by name here, not through DuckDB's upload_names table.
-- As in the DuckDB file, a figure keeps its line in source_line and no source text.
CREATE TEMP TABLE new_names ON COMMIT DROP AS
SELECT DISTINCT 'channel' AS what, channel_name AS name FROM actions_named
WHERE channel_id IS NULL AND action <> 'unchanged'
UNION ALL
SELECT DISTINCT 'audience', audience_name FROM actions_named
WHERE audience_id IS NULL AND audience_name IS NOT NULL AND action <> 'unchanged';

INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source)
SELECT CASE WHEN pg_temp.pp_slug($org_id, name) IN (SELECT id FROM channel)
            THEN pg_temp.pp_slug($org_id, name) || '-' || left(md5(name), 6)
            ELSE pg_temp.pp_slug($org_id, name) END,
       $org_id, name,
       coalesce((SELECT min(s.scope) FROM channel_scopes s
                 WHERE lower(s.name) = lower(n.name)), $scope),
       $batch, $file
FROM (SELECT DISTINCT ON (lower(name)) name FROM new_names WHERE what = 'channel') n;

INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT CASE WHEN pg_temp.pp_slug($org_id, name) IN (SELECT id FROM audience)
            THEN pg_temp.pp_slug($org_id, name) || '-' || left(md5(name), 6)
            ELSE pg_temp.pp_slug($org_id, name) END,
       $org_id, name, 'external', $batch, $file
FROM (SELECT DISTINCT ON (lower(name)) name FROM new_names WHERE what = 'audience') n;

INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'channel_metric', CAST(m.id AS VARCHAR),
       jsonb_build_object('value', m.value, 'note', m.note, 'illustrative', m.illustrative,
                          'sample_size', m.sample_size,
                          'import_batch_id', m.import_batch_id, 'source', m.source,
                          'source_line', m.source_line)
FROM channel_metric m JOIN actions a ON a.existing_id = m.id
WHERE a.action = 'changed';

UPDATE channel_metric
SET value = a.value, note = coalesce(a.note, channel_metric.note), illustrative = false,
    sample_size = coalesce(a.sample_size, channel_metric.sample_size),
    import_batch_id = $batch, source = NULL, source_line = a.line
FROM actions a
WHERE a.action = 'changed' AND channel_metric.id = a.existing_id;

INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value, audience_id,
                            goal_id, measure_id, note, illustrative, import_batch_id,
                            source_line, sample_size)
SELECT coalesce(a.channel_id, c.id), a.period_start, a.period_end, a.metric, a.value,
       coalesce(a.audience_id, au.id), a.goal_id, a.measure_id, a.note, false, $batch,
       a.line, a.sample_size
FROM actions_named a
-- Rows whose channel or target group is new find it among those this batch created.
LEFT JOIN (SELECT lower(name) AS k, id FROM channel
           WHERE organisation_id = $org_id AND import_batch_id = $batch) c ON c.k = a.channel_key
LEFT JOIN (SELECT lower(name) AS k, id FROM audience
           WHERE organisation_id = $org_id AND import_batch_id = $batch) au
       ON au.k = a.audience_key
WHERE a.action = 'added'
ORDER BY a.line;
