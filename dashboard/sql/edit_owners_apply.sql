-- Write an edit of an organisation's owners as batch $batch. Changed and removed
-- rows keep their whole previous row for undo (removals of rows in use were refused).
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'owner', x.id, to_json(x)
FROM owner x JOIN edit_rows e ON e.id = x.id
WHERE e.action IN ('changed', 'removed');

UPDATE owner
SET name = e.v ->> 'name', email = e.v ->> 'email', import_batch_id = $batch, source = $source
FROM edit_rows e
WHERE e.action = 'changed' AND owner.id = e.id;

DELETE FROM owner WHERE id IN (SELECT id FROM edit_rows WHERE action = 'removed');

INSERT INTO owner (id, organisation_id, name, email, import_batch_id, source)
SELECT e.id, $org_id, e.v ->> 'name', e.v ->> 'email', $batch, $source
FROM edit_rows e WHERE e.action = 'added';
