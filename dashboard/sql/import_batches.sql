-- Every import batch, newest first: who, when, which file, what it did.
SELECT id, created_at, created_by, file_name, kind, source_format, rows_added, rows_changed,
       rows_unchanged, state, undone_at, undone_by, checksum
FROM import_batch
ORDER BY id DESC
