-- What still uses the target groups $ids: measures and channel figures.
SELECT ma.audience_id AS id, m.title
FROM measure_audience ma JOIN measure m ON m.id = ma.measure_id
WHERE ma.audience_id IN (SELECT unnest($ids::VARCHAR[]))
UNION ALL
SELECT audience_id, metric || ' (' || count(*) || ')'
FROM channel_metric WHERE audience_id IN (SELECT unnest($ids::VARCHAR[]))
GROUP BY audience_id, metric
ORDER BY 1, 2
