-- The metric levels an organisation chose where they differ from the defaults: the
-- newest row per metric is in force (metric_level is append-only, migration 0013).
SELECT metric, arg_max(level, id) AS level
FROM metric_level
WHERE organisation_id = (SELECT organisation_id FROM plan WHERE id = $plan_id)
GROUP BY metric
ORDER BY metric
