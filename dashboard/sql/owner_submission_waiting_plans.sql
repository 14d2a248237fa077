-- The plans with a submission waiting for approval (the queue asks only these).
SELECT DISTINCT plan_id
FROM owner_submission
WHERE state = 'pending'
