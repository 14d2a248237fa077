-- PostgreSQL variant of ../programme_rollup.sql: the shared block is pg_temp.programme_measures
-- (pg/programme_macros.sql), and list_contains($list, x) is x = ANY($list).
-- Programme roll-up: every child plan of $plan_id (archived ones left out) with its
-- measures' state on the child's status date (programme_measures, in
-- programme_macros.sql). Per child: the measures, the weight that counts (statuses in
-- $uncounted do not) and the weighted progress sum (statuses in $complete count 100 %,
-- progress clamped to 0–100), and how many are overdue (due before the status date, not
-- in $closed). The caller divides: a child's progress is weighted / weight, the roll-up
-- pools every child's sums, so each measure counts with its own weight whichever plan
-- it is in.
SELECT
    st.plan_id,
    st.plan_name AS name,
    st.period_start,
    st.period_end,
    st.status_date,
    count(st.measure_id) AS measures,
    coalesce(sum(CASE WHEN st.status = ANY($uncounted) THEN 0.0
                      ELSE st.weight END), 0.0) AS weight,
    coalesce(sum(CASE WHEN st.status = ANY($uncounted) THEN 0.0
                      WHEN st.status = ANY($complete) THEN 100.0 * st.weight
                      ELSE least(greatest(st.progress, 0.0), 100.0) * st.weight END), 0.0)
        AS weighted,
    count(st.measure_id) FILTER (WHERE st.due_date < st.status_date
                                   AND NOT st.status = ANY($closed)) AS overdue,
    count(st.measure_id) FILTER (WHERE st.status = ANY($complete)) AS done
FROM pg_temp.programme_measures($plan_id, $as_of, $initial_status) st
GROUP BY st.plan_id, st.plan_name, st.period_start, st.period_end, st.status_date
ORDER BY st.period_start NULLS LAST, st.plan_name, st.plan_id
