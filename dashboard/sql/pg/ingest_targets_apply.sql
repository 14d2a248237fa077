-- PostgreSQL variant of ../ingest_targets_apply.sql: to_json(struct_pack(…)) is
-- jsonb_build_object(…); any_value() (not in PostgreSQL 15) is min() of the one value;
-- the slug macro is the temporary function pg_temp.pp_slug (dashboard/pg/ingest.py);
-- the subquery in FROM has a name.
INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source)
SELECT CASE WHEN pg_temp.pp_slug($org_id, n.name) IN (SELECT id FROM channel)
            THEN pg_temp.pp_slug($org_id, n.name) || '-' || left(md5(n.name), 6)
            ELSE pg_temp.pp_slug($org_id, n.name) END,
       $org_id, n.name,
       coalesce((SELECT min(s.scope) FROM channel_scopes s
                 WHERE lower(s.name) = lower(n.name)), $scope),
       $batch, $file
FROM (SELECT DISTINCT ON (lower(channel_name)) channel_name AS name FROM actions
      WHERE channel_id IS NULL AND action <> 'unchanged') n;

INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'goal_kpi',
       k.goal_id || '|' || k.channel_id || '|' || k.metric || '|' || CAST(k.period_start AS VARCHAR),
       jsonb_build_object('goal_id', k.goal_id, 'channel_id', k.channel_id,
                          'metric', k.metric, 'target', k.target,
                          'period_start', k.period_start, 'period_end', k.period_end,
                          'direction', k.direction, 'import_batch_id', k.import_batch_id,
                          'source', k.source)
FROM goal_kpi k JOIN actions a
     ON a.goal_id = k.goal_id AND a.channel_id = k.channel_id AND a.metric = k.metric
    AND a.period_start = k.period_start
WHERE a.action = 'changed';

UPDATE goal_kpi
SET target = a.target, period_end = a.period_end, direction = a.direction,
    import_batch_id = $batch, source = $file || ':' || a.line
FROM actions a
WHERE a.action = 'changed' AND goal_kpi.goal_id = a.goal_id
  AND goal_kpi.channel_id = a.channel_id AND goal_kpi.metric = a.metric
  AND goal_kpi.period_start = a.period_start;

INSERT INTO goal_kpi (goal_id, channel_id, metric, target, period_start, period_end,
                      direction, import_batch_id, source)
SELECT a.goal_id, coalesce(a.channel_id, c.id), a.metric, a.target, a.period_start,
       a.period_end, a.direction, $batch, $file || ':' || a.line
FROM actions a
LEFT JOIN channel c ON c.organisation_id = $org_id AND lower(c.name) = lower(a.channel_name)
WHERE a.action = 'added'
ORDER BY a.seq;
