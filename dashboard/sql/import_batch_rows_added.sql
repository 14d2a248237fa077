-- How many rows a batch added (set once it is written).
UPDATE import_batch
SET rows_added = $n
WHERE id = $b
