-- Write an upload's owners: a changed owner keeps its whole previous row for undo and
-- then carries this batch; a new owner carries the batch and its file and line.
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'owner', o.id, to_json(o)
FROM owner o JOIN actions a ON a.owner_id = o.id
WHERE a.action = 'changed';

UPDATE owner
SET email = a.email, import_batch_id = $batch, source = $file || ':' || a.line
FROM actions a
WHERE a.action = 'changed' AND owner.id = a.owner_id;

INSERT INTO owner (id, organisation_id, name, email, import_batch_id, source)
SELECT CASE WHEN n > 1 OR slug IN (SELECT id FROM owner)
            THEN slug || '-' || left(md5(name), 6) ELSE slug END,
       $org_id, name, email, $batch, $file || ':' || line
FROM (SELECT a.*, pp_slug($org_id, a.name) AS slug,
             row_number() OVER (PARTITION BY pp_slug($org_id, a.name) ORDER BY a.seq) AS n
      FROM actions a WHERE a.action = 'added')
ORDER BY seq;
