-- Later, still committed uploads that changed rows of batch $batch: they must be
-- undone first, or undoing $batch would throw their changes away.
SELECT DISTINCT bc.batch_id
FROM batch_change bc
JOIN import_batch b ON b.id = bc.batch_id
WHERE b.state = 'committed' AND bc.batch_id <> $batch
  AND TRY_CAST(bc.previous ->> 'import_batch_id' AS INTEGER) = $batch
ORDER BY 1
