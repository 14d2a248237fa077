-- The plans an import batch added (undoing it removes each whole), by name.
SELECT id, name
FROM plan
WHERE import_batch_id = $batch
ORDER BY id
