-- Weighted progress of a plan's (filtered) measures over time, in one pass over
-- their status history: each update changes its measure's contribution (weight
-- and weight × progress) by a delta; a running sum of the deltas is the plan's
-- state after every date, and an ASOF join reads it on the dates shown.
-- Same rules as metrics.weighted_progress: the statuses in $uncounted (cancelled)
-- do not count, those in $complete (done) count 100 % (both lists come from
-- dashboard/labels.py), progress is clamped to 0–100, a measure without an update counts as not
-- started (0 %), a weight of 0 does not count; NULL when nothing counts.
-- Dates shown: $start, $end and every date in between on which an update was
-- made; when there are more than $max_points of them, the last such date of each
-- week (the state on a date is exact either way; only points are left out).
WITH ms AS (
    SELECT m.id, m.weight
    FROM measure m
    JOIN goal g ON g.id = m.goal_id
    WHERE g.plan_id = $plan_id
      AND m.archived_at IS NULL
      AND ($goal_id::VARCHAR IS NULL OR m.goal_id = $goal_id)
      AND ($owner_id::VARCHAR IS NULL OR m.owner_id = $owner_id)
      AND ($channel_id::VARCHAR IS NULL OR EXISTS (
            SELECT 1 FROM measure_channel mc
            WHERE mc.measure_id = m.id AND mc.channel_id = $channel_id))
),
daily AS (
    -- a measure's state at the end of a day: its last update that day
    SELECT su.measure_id, su.update_date AS d,
           arg_max(su.status, su.id) AS status, arg_max(su.progress, su.id) AS progress
    FROM status_update su
    JOIN ms ON ms.id = su.measure_id
    WHERE su.update_date <= $end
    GROUP BY su.measure_id, su.update_date
),
contribution AS (
    SELECT daily.measure_id, daily.d, ms.weight AS start_w,
           CASE WHEN list_contains($uncounted, daily.status) THEN 0 ELSE 1 END AS n,
           CASE WHEN list_contains($uncounted, daily.status) THEN 0.0 ELSE ms.weight END AS w,
           CASE WHEN list_contains($uncounted, daily.status) THEN 0.0
                WHEN list_contains($complete, daily.status) THEN 100.0 * ms.weight
                ELSE least(greatest(coalesce(daily.progress, 0.0), 0.0), 100.0) * ms.weight
           END AS wp
    FROM daily
    JOIN ms ON ms.id = daily.measure_id
    WHERE ms.weight > 0
),
step AS (
    SELECT d,
           n - lag(n, 1, 1) OVER per_measure AS dn,
           w - lag(w, 1, start_w) OVER per_measure AS dw,
           wp - lag(wp, 1, 0.0) OVER per_measure AS dwp
    FROM contribution
    WINDOW per_measure AS (PARTITION BY measure_id ORDER BY d)
),
delta AS (
    SELECT d, sum(dn) AS dn, sum(dw) AS dw, sum(dwp) AS dwp FROM step GROUP BY d
),
start_state AS (
    SELECT count(*) AS n, coalesce(sum(weight), 0.0) AS w FROM ms WHERE weight > 0
),
state AS (
    SELECT d,
           (SELECT n FROM start_state) + sum(dn) OVER (ORDER BY d) AS n,
           (SELECT w FROM start_state) + sum(dw) OVER (ORDER BY d) AS w,
           sum(dwp) OVER (ORDER BY d) AS wp
    FROM delta
),
changed AS (
    SELECT DISTINCT d FROM daily WHERE d >= $start
),
shown AS (
    SELECT $start::DATE AS d
    UNION
    SELECT $end::DATE
    UNION
    SELECT max(d) FROM changed
    GROUP BY CASE WHEN (SELECT count(*) FROM changed) <= $max_points THEN d
                  ELSE date_trunc('week', d)::DATE END
)
SELECT shown.d AS date,
       CASE WHEN coalesce(state.n, (SELECT n FROM start_state)) > 0
            THEN coalesce(state.wp, 0.0) / coalesce(state.w, (SELECT w FROM start_state))
       END AS progress
FROM shown
ASOF LEFT JOIN state ON shown.d >= state.d
WHERE shown.d <= $end
ORDER BY shown.d
