-- Write an upload's channels: a changed channel keeps its whole previous row for undo
-- and then carries this batch; a new channel carries the batch and its file and line.
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'channel', c.id, to_json(c)
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
FROM (SELECT a.*, pp_slug($org_id, a.name) AS slug,
             row_number() OVER (PARTITION BY pp_slug($org_id, a.name) ORDER BY a.seq) AS n
      FROM actions a WHERE a.action = 'added')
ORDER BY seq;
