-- Append the new and corrected status updates of an upload (history is never overwritten).
INSERT INTO status_update (measure_id, update_date, status, progress, comment, reported_by,
                           illustrative, import_batch_id, source)
SELECT measure_id, update_date, status, progress, comment, reported_by, false, $batch,
       $file || ':' || line
FROM actions
WHERE action IN ('added', 'changed')
ORDER BY line;
