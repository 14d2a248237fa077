-- Queue what an owner sent for the secretariat's approval; returns its number.
INSERT INTO owner_submission (link_id, plan_id, owner_id, owner_name, submitted_at,
                              report_date, reports)
VALUES ($link_id, $plan_id, $owner_id, $owner_name, $at, $date, $reports)
RETURNING id
