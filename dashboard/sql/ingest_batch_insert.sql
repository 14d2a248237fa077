-- Record one upload as an import batch and return its id.
INSERT INTO import_batch (created_by, file_name, checksum, kind, source_format,
                          rows_added, rows_changed, rows_unchanged)
VALUES ($by, $file, $checksum, $kind, $format, $added, $changed, $unchanged)
RETURNING id
