-- When the data last changed: the newest import batch (uploads, edits, the demo) or undo.
SELECT max(greatest(created_at, coalesce(undone_at, created_at))) AS last_change,
       max(id) AS last_batch
FROM import_batch
