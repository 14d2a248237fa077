-- PostgreSQL variant of ../public_plans.sql (DuckDB's arg_max of a struct is
-- DISTINCT ON here: each plan's latest publish or unpublish row, by id).
WITH latest AS (
    SELECT DISTINCT ON (plan_id) plan_id, published, changed_at
    FROM plan_publication
    ORDER BY plan_id, id DESC
)
SELECT p.id, p.name, o.name AS organisation, p.period_start, p.period_end,
       l.changed_at AS published_at
FROM plan p
JOIN latest l ON l.plan_id = p.id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE l.published AND p.archived_at IS NULL
  AND ($plan_id::VARCHAR IS NULL OR p.id = $plan_id)
ORDER BY p.name, p.id
