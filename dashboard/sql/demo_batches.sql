-- The committed batches of a kind (the demo's), oldest first.
SELECT id
FROM import_batch
WHERE kind = $kind AND state = 'committed'
ORDER BY id
