-- PostgreSQL variant of ../metric_levels.sql (DuckDB's arg_max(level, id) is
-- DISTINCT ON here: the newest row per metric, by id).
SELECT DISTINCT ON (metric) metric, level
FROM metric_level
WHERE organisation_id = (SELECT organisation_id FROM plan WHERE id = $plan_id)
ORDER BY metric, id DESC
