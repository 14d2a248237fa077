-- "Den røde tråden" of plan $plan_id: each of its goals (in order), the goals of its
-- child plans (archived plans left out) that name it as their parent goal, and
-- their measures with status and progress on the child's status date (the earlier
-- of $as_of and the child's last day; no update yet: $initial_status at 0 %) and
-- whether they are overdue (due before that date, not in $closed). A parent goal
-- nothing serves is one row with NULL child columns.
WITH pg AS (
    SELECT id, title, sort_order FROM goal WHERE plan_id = $plan_id
),
cg AS (
    SELECT g.id, g.title, g.sort_order, g.parent_goal_id, p.id AS plan_id, p.name AS plan_name,
           least($as_of::DATE, coalesce(p.period_end, $as_of::DATE)) AS status_date
    FROM goal g
    JOIN plan p ON p.id = g.plan_id
    WHERE p.parent_id = $plan_id AND p.archived_at IS NULL
      AND g.parent_goal_id IN (SELECT id FROM pg)
),
ms AS (
    SELECT cg.id AS goal_id, m.id, m.title, m.weight, m.due_date, m.sort_order, cg.status_date
    FROM cg
    JOIN measure m ON m.goal_id = cg.id
    WHERE m.archived_at IS NULL
),
latest AS (
    SELECT su.measure_id,
           arg_max(su.status, (su.update_date, su.id)) AS status,
           arg_max(su.progress, (su.update_date, su.id)) AS progress
    FROM status_update su
    JOIN ms ON ms.id = su.measure_id
    WHERE su.update_date <= ms.status_date
    GROUP BY su.measure_id
)
SELECT
    pg.id AS parent_goal_id,
    pg.title AS parent_goal,
    cg.plan_id,
    cg.plan_name,
    cg.status_date,
    cg.id AS goal_id,
    cg.title AS goal,
    ms.id AS measure_id,
    ms.title AS measure,
    ms.weight,
    ms.due_date,
    CASE WHEN ms.id IS NOT NULL THEN coalesce(l.status, $initial_status) END AS status,
    CASE WHEN ms.id IS NOT NULL THEN coalesce(l.progress, 0.0) END AS progress,
    coalesce(ms.due_date < ms.status_date
             AND NOT list_contains($closed, coalesce(l.status, $initial_status)), false)
        AS overdue
FROM pg
LEFT JOIN cg ON cg.parent_goal_id = pg.id
LEFT JOIN ms ON ms.goal_id = cg.id
LEFT JOIN latest l ON l.measure_id = ms.id
ORDER BY pg.sort_order, pg.id, cg.plan_name, cg.sort_order, cg.id, ms.sort_order, ms.id
