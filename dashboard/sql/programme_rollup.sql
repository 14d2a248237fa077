-- Programme roll-up: every child plan of $plan_id (archived ones left out) with its
-- measures' state on the child's status date (the earlier of $as_of and the child's
-- last day; a measure without an update is $initial_status at 0 %). Per child: the
-- measures, the weight that counts (statuses in $uncounted do not) and the weighted
-- progress sum (statuses in $complete count 100 %, progress clamped to 0–100), and
-- how many are overdue (due before the status date, not in $closed). The caller
-- divides: a child's progress is weighted / weight, the roll-up pools every child's
-- sums, so each measure counts with its own weight whichever plan it is in.
WITH child AS (
    SELECT p.id, p.name, p.period_start, p.period_end,
           least($as_of::DATE, coalesce(p.period_end, $as_of::DATE)) AS status_date
    FROM plan p
    WHERE p.parent_id = $plan_id AND p.archived_at IS NULL
),
ms AS (
    SELECT c.id AS plan_id, m.id, m.weight, m.due_date, c.status_date
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
),
st AS (
    SELECT ms.plan_id, ms.id, ms.weight, ms.due_date, ms.status_date,
           coalesce(l.status, $initial_status) AS status,
           least(greatest(coalesce(l.progress, 0.0), 0.0), 100.0) AS progress
    FROM ms
    LEFT JOIN latest l ON l.measure_id = ms.id
)
SELECT
    c.id AS plan_id,
    c.name,
    c.period_start,
    c.period_end,
    c.status_date,
    count(st.id) AS measures,
    coalesce(sum(CASE WHEN list_contains($uncounted, st.status) THEN 0.0
                      ELSE st.weight END), 0.0) AS weight,
    coalesce(sum(CASE WHEN list_contains($uncounted, st.status) THEN 0.0
                      WHEN list_contains($complete, st.status) THEN 100.0 * st.weight
                      ELSE st.progress * st.weight END), 0.0) AS weighted,
    count(st.id) FILTER (WHERE st.due_date < st.status_date
                           AND NOT list_contains($closed, st.status)) AS overdue,
    count(st.id) FILTER (WHERE list_contains($complete, st.status)) AS done
FROM child c
LEFT JOIN st ON st.plan_id = c.id
GROUP BY c.id, c.name, c.period_start, c.period_end, c.status_date
ORDER BY c.period_start NULLS LAST, c.name, c.id
