-- The newest report of an owner in a plan (what the owner sees when opening a link
-- again): through which link, when, how many measures, its state, when and how it was
-- decided, the secretariat's comment, and whether the batch it wrote was undone since.
-- (reports is JSON text on DuckDB and jsonb on PostgreSQL: ::JSON makes both json.)
SELECT s.id, s.link_id, s.state, s.submitted_at, json_array_length(s.reports::JSON) AS measures,
       s.decided_at, s.comment, s.batch_id, coalesce(b.state = 'undone', false) AS undone
FROM owner_submission s
LEFT JOIN import_batch b ON b.id = s.batch_id
WHERE s.plan_id = $plan_id AND s.owner_id = $owner_id
ORDER BY s.submitted_at DESC, s.id DESC
LIMIT 1
