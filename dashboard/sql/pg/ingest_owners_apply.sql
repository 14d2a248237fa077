-- PostgreSQL variant of ../ingest_owners_apply.sql: to_json(row) is to_jsonb(row); the
-- slug macro is the temporary function pg_temp.pp_slug (dashboard/pg/ingest.py: the
-- slugs DuckDB made for the upload's names); the subquery in FROM has a name.
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'owner', o.id, to_jsonb(o)
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
FROM (SELECT a.*, pg_temp.pp_slug($org_id, a.name) AS slug,
             row_number() OVER (PARTITION BY pg_temp.pp_slug($org_id, a.name)
                                ORDER BY a.seq) AS n
      FROM actions a WHERE a.action = 'added') added
ORDER BY seq;
