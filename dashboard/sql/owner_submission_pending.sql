-- A plan's submissions waiting for approval, oldest first.
SELECT id, owner_id, owner_name, submitted_at, report_date, reports
FROM owner_submission
WHERE plan_id = $plan_id AND state = 'pending'
ORDER BY submitted_at, id
