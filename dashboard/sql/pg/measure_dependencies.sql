-- PostgreSQL variant of ../measure_dependencies.sql (DuckDB's arg_max(status,
-- (update_date, id)) is DISTINCT ON here: each measure's latest update by then).
WITH ms AS (
    SELECT m.id, m.title, m.due_date
    FROM measure m JOIN goal g ON g.id = m.goal_id
    WHERE g.plan_id = $plan_id AND m.archived_at IS NULL
),
latest AS (
    SELECT DISTINCT ON (su.measure_id) su.measure_id, su.status
    FROM status_update su JOIN ms ON ms.id = su.measure_id
    WHERE su.update_date <= $as_of
    ORDER BY su.measure_id, su.update_date DESC, su.id DESC
)
SELECT d.measure_id, m.title AS measure_title, d.depends_on, w.title AS depends_title, w.due_date AS depends_due,
       coalesce(l.status, $initial_status) AS depends_status
FROM measure_dependency d
JOIN ms m ON m.id = d.measure_id
JOIN ms w ON w.id = d.depends_on
LEFT JOIN latest l ON l.measure_id = d.depends_on
ORDER BY d.measure_id, d.depends_on
