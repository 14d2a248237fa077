-- Demo load: status updates from the registered frame rows (status_updates.csv).
INSERT INTO status_update (measure_id, update_date, status, progress, comment, reported_by,
    illustrative, import_batch_id, source)
SELECT measure_id, date::DATE, status, progress::DOUBLE PRECISION, nullif(comment, ''),
    nullif(reported_by, ''), illustrative::BOOLEAN, $batch, source
FROM rows
