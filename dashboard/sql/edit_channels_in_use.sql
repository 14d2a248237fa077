-- What still uses the channels $ids: measures, goal targets and channel figures.
SELECT mc.channel_id AS id, m.title
FROM measure_channel mc JOIN measure m ON m.id = mc.measure_id
WHERE mc.channel_id IN (SELECT unnest($ids::VARCHAR[]))
UNION ALL
SELECT k.channel_id, g.title || ': ' || k.metric
FROM goal_kpi k JOIN goal g ON g.id = k.goal_id
WHERE k.channel_id IN (SELECT unnest($ids::VARCHAR[]))
UNION ALL
SELECT channel_id, metric || ' (' || count(*) || ')'
FROM channel_metric WHERE channel_id IN (SELECT unnest($ids::VARCHAR[]))
GROUP BY channel_id, metric
ORDER BY 1, 2
