-- Record what an owner sent through a link: queued for approval ('pending'), or saved at
-- once ('saved', with the batch it wrote); returns its number.
INSERT INTO owner_submission (link_id, plan_id, owner_id, owner_name, submitted_at,
                              report_date, reports, state, batch_id)
VALUES ($link_id, $plan_id, $owner_id, $owner_name, $at, $date, $reports, $state, $batch)
RETURNING id
