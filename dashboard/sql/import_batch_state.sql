-- A batch's state, committed or undone (no row: no such batch).
SELECT state
FROM import_batch
WHERE id = $b
