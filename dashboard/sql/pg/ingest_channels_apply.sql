-- PostgreSQL variant of ../ingest_channels_apply.sql: to_json(row) is to_jsonb(row); the
-- slug macro is the temporary function pg_temp.pp_slug (dashboard/pg/ingest.py: the
-- slugs DuckDB made for the upload's names); the subquery in FROM has a name.
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'channel', c.id, to_jsonb(c)
FROM channel c JOIN actions a ON a.channel_id = c.id
WHERE a.action = 'changed';

UPDATE channel
SET scope = a.scope, richness = a.richness, import_batch_id = $batch, source = $file || ':' || a.line
FROM actions a
WHERE a.action = 'changed' AND channel.id = a.channel_id;

INSERT INTO channel (id, organisation_id, name, scope, richness, import_batch_id, source)
SELECT CASE WHEN n > 1 OR slug IN (SELECT id FROM channel)
            THEN slug || '-' || left(md5(name), 6) ELSE slug END,
       $org_id, name, scope, richness, $batch, $file || ':' || line
FROM (SELECT a.*, pg_temp.pp_slug($org_id, a.name) AS slug,
             row_number() OVER (PARTITION BY pg_temp.pp_slug($org_id, a.name)
                                ORDER BY a.seq) AS n
      FROM actions a WHERE a.action = 'added') added
ORDER BY seq;
