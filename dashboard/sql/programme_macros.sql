-- The block programme_rollup.sql and programme_thread.sql share, as a temporary macro on
-- their cursor (as ingest_macros.sql is for the upload checks):
-- programme_measures(parent_plan, as_of, initial) gives every child plan of parent_plan
-- (archived ones left out) with each of its goals and their measures (archived ones
-- left out); a child plan without goals, or a goal without measures, is one row with
-- NULL for what it lacks. A child is read on its status date, the earlier of as_of and
-- the child's last day: a measure's status and progress are those of its latest update
-- by then (no update yet: initial at 0 %), progress as reported (not clamped).
CREATE OR REPLACE TEMP MACRO programme_measures(parent_plan, as_of, initial) AS TABLE
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
LEFT JOIN latest l ON l.measure_id = ms.id
