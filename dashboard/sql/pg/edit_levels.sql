-- PostgreSQL variant of ../edit_levels.sql: DISTINCT ON for DuckDB's arg_max(level, id)
-- (the newest row per metric).
-- The metric levels of the plan's organisation as the Rediger table shows them: every
-- known metric ($metrics, with its default level $defaults at the same place) and the
-- level in force (the newest row of metric_level, else the default), keyed by metric.
WITH known AS (
    SELECT unnest($metrics::VARCHAR[]) AS metric, unnest($defaults::VARCHAR[]) AS level,
           generate_subscripts($metrics::VARCHAR[], 1) AS n
),
chosen AS (
    SELECT DISTINCT ON (metric) metric, level
    FROM metric_level
    WHERE organisation_id = (SELECT organisation_id FROM plan WHERE id = $plan_id)
    ORDER BY metric, id DESC
)
SELECT k.metric AS id, k.metric, coalesce(c.level, k.level) AS level
FROM known k
LEFT JOIN chosen c USING (metric)
ORDER BY k.n
