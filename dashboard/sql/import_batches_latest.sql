-- The newest $limit import batches, newest first (as import_batches), each row with
-- the number of batches in all (total).
SELECT id, created_at, created_by, file_name, kind, source_format, rows_added, rows_changed,
       rows_unchanged, state, undone_at, undone_by, checksum,
       (SELECT count(*) FROM import_batch) AS total
FROM import_batch
ORDER BY id DESC
LIMIT $limit
