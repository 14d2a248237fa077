-- Set a plan's choice whether updates from owners need approval.
INSERT OR REPLACE INTO plan_owner_review (plan_id, needs_approval, changed_at, changed_by)
VALUES ($plan_id, $needs, $at, $by)
