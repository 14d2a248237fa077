-- PostgreSQL variant of ../programme_macros.sql: DuckDB's temporary table macro is a
-- temporary SQL function here (pg_temp, this connection's own), called by its schema's
-- name (PostgreSQL looks for functions in pg_temp only when named); its latest update
-- per measure is the first row of a LATERAL subquery ordered by (update_date, id), latest
-- first (DuckDB: arg_max over (update_date, id)): a few steps along the index per
-- measure (docs/scale-out.md, "Speed on PostgreSQL").
CREATE OR REPLACE FUNCTION pg_temp.programme_measures(
    parent_plan VARCHAR, as_of DATE, initial VARCHAR
) RETURNS TABLE (
    plan_id VARCHAR, plan_name VARCHAR, period_start DATE, period_end DATE,
    status_date DATE, goal_id VARCHAR, goal VARCHAR, goal_order INTEGER,
    parent_goal_id VARCHAR, measure_id VARCHAR, measure VARCHAR, weight DOUBLE PRECISION,
    due_date DATE, measure_order INTEGER, status VARCHAR, progress DOUBLE PRECISION
) LANGUAGE sql STABLE AS $body$
WITH child AS (
    SELECT p.id, p.name, p.period_start, p.period_end,
           least(as_of::DATE, coalesce(p.period_end, as_of::DATE)) AS status_date
    FROM plan p
    WHERE p.parent_id = parent_plan AND p.archived_at IS NULL
),
ms AS (
    SELECT g.id AS goal_id, m.id, m.title, m.weight, m.due_date, m.sort_order, c.status_date
    FROM child c
    JOIN goal g ON g.plan_id = c.id
    JOIN measure m ON m.goal_id = g.id
    WHERE m.archived_at IS NULL
)
SELECT
    c.id AS plan_id,
    c.name AS plan_name,
    c.period_start,
    c.period_end,
    c.status_date,
    g.id AS goal_id,
    g.title AS goal,
    g.sort_order AS goal_order,
    g.parent_goal_id,
    ms.id AS measure_id,
    ms.title AS measure,
    ms.weight,
    ms.due_date,
    ms.sort_order AS measure_order,
    CASE WHEN ms.id IS NOT NULL THEN coalesce(l.status, initial) END AS status,
    CASE WHEN ms.id IS NOT NULL THEN coalesce(l.progress, 0.0) END AS progress
FROM child c
LEFT JOIN goal g ON g.plan_id = c.id
LEFT JOIN ms ON ms.goal_id = g.id
LEFT JOIN LATERAL (  -- the measure's update with the greatest (update_date, id)
    SELECT su.status, su.progress
    FROM status_update su
    WHERE su.measure_id = ms.id AND su.update_date <= ms.status_date
    ORDER BY su.update_date DESC, su.id DESC
    LIMIT 1
) l ON true
$body$
