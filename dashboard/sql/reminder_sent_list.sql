-- The reminders sent for plan $plan_id, newest first (at most $limit).
SELECT run_no, owner_id, owner_name, address, measure_ids, since, sent_on, sent_at, sent_by, via
FROM reminder_sent
WHERE plan_id = $plan_id
ORDER BY id DESC
LIMIT $limit
