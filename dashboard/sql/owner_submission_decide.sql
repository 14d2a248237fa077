-- Approve or return a pending submission ($id); returns its number when it was pending.
UPDATE owner_submission
SET state = $state, decided_at = $at, decided_by = $by, comment = $comment, batch_id = $batch
WHERE id = $id AND state = 'pending'
RETURNING id
