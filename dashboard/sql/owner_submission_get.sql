-- One queued submission by number.
SELECT id, link_id, plan_id, owner_id, owner_name, submitted_at, report_date, reports, state
FROM owner_submission WHERE id = $id
