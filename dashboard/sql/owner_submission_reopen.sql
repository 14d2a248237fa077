-- Put a claimed submission ($id) back in the queue when its approval was refused.
UPDATE owner_submission
SET state = 'pending', decided_at = NULL, decided_by = NULL, batch_id = NULL
WHERE id = $id AND state = 'approved' AND batch_id IS NULL
