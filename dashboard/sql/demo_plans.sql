-- The plans the committed demo batches added.
SELECT id, name
FROM plan
WHERE import_batch_id IN (SELECT id FROM import_batch WHERE kind = $kind AND state = 'committed')
ORDER BY id
