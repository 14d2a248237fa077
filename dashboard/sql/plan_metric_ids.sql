-- The metrics a plan's organisation has figures for, most rows first.
SELECT cm.metric, count(*) AS rows
FROM channel_metric cm
JOIN channel c ON c.id = cm.channel_id
JOIN plan p ON p.organisation_id = c.organisation_id
WHERE p.id = $plan_id
GROUP BY cm.metric
ORDER BY rows DESC, cm.metric
