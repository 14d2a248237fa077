-- PostgreSQL variant of ../ingest_undo_blockers.sql: TRY_CAST is CAST (PostgreSQL has
-- none; previous is jsonb written by the apply scripts, its import_batch_id a number or null).
SELECT DISTINCT bc.batch_id
FROM batch_change bc
JOIN import_batch b ON b.id = bc.batch_id
WHERE b.state = 'committed' AND bc.batch_id <> $batch
  AND CAST(bc.previous ->> 'import_batch_id' AS INTEGER) = $batch
ORDER BY 1
