-- What a report is made from has changed when any of these has: every upload, edit,
-- undo and new plan is an import batch (undoing one changes its state), meetings are
-- recorded and removed, and status updates are only ever added or removed.
SELECT
    (SELECT count(*) FROM import_batch) AS batches,
    (SELECT count(*) FROM import_batch WHERE state = 'undone') AS undone,
    (SELECT coalesce(max(id), 0) FROM meeting) AS last_meeting,
    (SELECT count(*) FROM meeting) AS meetings,
    (SELECT coalesce(max(id), 0) FROM status_update) AS last_update,
    (SELECT count(*) FROM status_update) AS updates
