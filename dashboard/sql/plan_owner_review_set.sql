-- Switch a plan's "updates from owners need approval" on or off (one change, its own batch).
INSERT INTO plan_owner_review (plan_id, needs_approval, changed_at, changed_by,
                               import_batch_id, source)
VALUES ($plan_id, $needs, $at, $by, $batch, $source)
