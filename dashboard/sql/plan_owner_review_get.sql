-- A plan's setting "updates from owners need approval" as it stands: its latest row
-- (the rows of undone batches are gone; none: off), with who set it, when, and the
-- batch that did.
SELECT needs_approval, changed_at, changed_by, import_batch_id AS batch_id
FROM plan_owner_review
WHERE plan_id = $plan_id
ORDER BY id DESC
LIMIT 1
