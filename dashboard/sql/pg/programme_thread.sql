-- PostgreSQL variant of ../programme_thread.sql: the shared block is pg_temp.programme_measures
-- (pg/programme_macros.sql), and list_contains($list, x) is x = ANY($list).
-- "Den røde tråden" of plan $plan_id: each of its goals (in order), the goals of its
-- child plans (archived plans left out) that name it as their parent goal, and
-- their measures with status and progress on the child's status date
-- (programme_measures, in programme_macros.sql; no update yet: $initial_status at 0 %)
-- and whether they are overdue (due before that date, not in $closed). A parent goal
-- nothing serves is one row with NULL child columns.
WITH pg AS (
    SELECT id, title, sort_order FROM goal WHERE plan_id = $plan_id
),
served AS (
    SELECT *
    FROM pg_temp.programme_measures($plan_id, $as_of, $initial_status)
    WHERE parent_goal_id IN (SELECT id FROM pg)
)
SELECT
    pg.id AS parent_goal_id,
    pg.title AS parent_goal,
    s.plan_id,
    s.plan_name,
    s.status_date,
    s.goal_id,
    s.goal,
    s.measure_id,
    s.measure,
    s.weight,
    s.due_date,
    s.status,
    s.progress,
    coalesce(s.due_date < s.status_date AND NOT s.status = ANY($closed), false)
        AS overdue
FROM pg
LEFT JOIN served s ON s.parent_goal_id = pg.id
ORDER BY pg.sort_order, pg.id, s.plan_name, s.goal_order, s.goal_id, s.measure_order,
         s.measure_id
