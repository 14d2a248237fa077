-- PostgreSQL variant of ../owner_submission_latest.sql: reports is jsonb here (DuckDB: JSON
-- text), so its length is jsonb_array_length, not json_array_length.
-- The newest report of an owner in a plan (what the owner sees when opening a link
-- again): through which link, when, how many measures, its state, when and how it was
-- decided, the secretariat's comment, and whether the batch it wrote was undone since.
SELECT s.id, s.link_id, s.state, s.submitted_at, jsonb_array_length(s.reports) AS measures,
       s.decided_at, s.comment, s.batch_id, coalesce(b.state = 'undone', false) AS undone
FROM owner_submission s
LEFT JOIN import_batch b ON b.id = s.batch_id
WHERE s.plan_id = $plan_id AND s.owner_id = $owner_id
ORDER BY s.submitted_at DESC, s.id DESC
LIMIT 1
