-- Write an edit of an organisation's target groups as batch $batch. Changed and removed
-- rows keep their whole previous row for undo (removals of rows in use were refused).
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'audience', x.id, to_json(x)
FROM audience x JOIN edit_rows e ON e.id = x.id
WHERE e.action IN ('changed', 'removed');

UPDATE audience
SET name = e.v ->> 'name', scope = e.v ->> 'scope', import_batch_id = $batch, source = $source
FROM edit_rows e
WHERE e.action = 'changed' AND audience.id = e.id;

DELETE FROM audience WHERE id IN (SELECT id FROM edit_rows WHERE action = 'removed');

INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT e.id, $org_id, e.v ->> 'name', e.v ->> 'scope', $batch, $source
FROM edit_rows e WHERE e.action = 'added';
