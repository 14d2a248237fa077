-- Write an edit of an organisation's channels as batch $batch. Changed and removed
-- rows keep their whole previous row for undo (removals of rows in use were refused).
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'channel', x.id, to_json(x)
FROM channel x JOIN edit_rows e ON e.id = x.id
WHERE e.action IN ('changed', 'removed');

UPDATE channel
SET name = e.v ->> 'name', scope = e.v ->> 'scope', richness = e.v ->> 'richness',
    import_batch_id = $batch, source = $source
FROM edit_rows e
WHERE e.action = 'changed' AND channel.id = e.id;

DELETE FROM channel WHERE id IN (SELECT id FROM edit_rows WHERE action = 'removed');

INSERT INTO channel (id, organisation_id, name, scope, richness, import_batch_id, source)
SELECT e.id, $org_id, e.v ->> 'name', e.v ->> 'scope', e.v ->> 'richness', $batch, $source
FROM edit_rows e WHERE e.action = 'added';
