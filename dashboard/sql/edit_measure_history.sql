-- Which of the measures $ids have history (status updates or channel figures): they
-- are archived when removed, never deleted.
SELECT DISTINCT measure_id AS id FROM status_update
WHERE measure_id IN (SELECT unnest($ids::VARCHAR[]))
UNION
SELECT DISTINCT measure_id FROM channel_metric
WHERE measure_id IN (SELECT unnest($ids::VARCHAR[]))
