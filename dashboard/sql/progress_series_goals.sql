-- Weighted progress of each goal of a plan over time, for the pace forecast
-- (dashboard/forecast.py): the same rules and running sums as progress_series.sql
-- (cancelled does not count, done counts 100 %, progress clamped to 0–100, a measure
-- without an update counts 0 %, a weight of 0 does not count), per goal, on every date
-- one of its counted measures was updated up to $end, none left out (the forecast
-- reads the exact step function and counts those dates as reports: `reported`). Each
-- goal also gets a first row on $start, 0 % when one of its measures counts.
WITH ms AS (
    SELECT m.id, m.goal_id, m.weight
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
    SELECT su.measure_id, su.update_date AS d,
           arg_max(su.status, su.id) AS status, arg_max(su.progress, su.id) AS progress
    FROM status_update su
    JOIN ms ON ms.id = su.measure_id
    WHERE su.update_date <= $end
    GROUP BY su.measure_id, su.update_date
),
contribution AS (
    SELECT ms.goal_id, daily.measure_id, daily.d, ms.weight AS start_w,
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
    SELECT goal_id, d,
           n - lag(n, 1, 1) OVER per_measure AS dn,
           w - lag(w, 1, start_w) OVER per_measure AS dw,
           wp - lag(wp, 1, 0.0) OVER per_measure AS dwp
    FROM contribution
    WINDOW per_measure AS (PARTITION BY measure_id ORDER BY d)
),
delta AS (
    SELECT goal_id, d, sum(dn) AS dn, sum(dw) AS dw, sum(dwp) AS dwp
    FROM step GROUP BY goal_id, d
),
start_state AS (
    SELECT goal_id, count(*) AS n, sum(weight) AS w FROM ms WHERE weight > 0 GROUP BY goal_id
),
state AS (
    SELECT delta.goal_id, delta.d,
           s.n + sum(delta.dn) OVER per_goal AS n,
           s.w + sum(delta.dw) OVER per_goal AS w,
           sum(delta.dwp) OVER per_goal AS wp
    FROM delta
    JOIN start_state s ON s.goal_id = delta.goal_id
    WINDOW per_goal AS (PARTITION BY delta.goal_id ORDER BY delta.d)
)
SELECT goal_id, $start::DATE AS date, 0.0 AS progress, false AS reported
FROM start_state
UNION ALL
SELECT goal_id, d, CASE WHEN n > 0 THEN wp / w END, true
FROM state
WHERE d >= $start
ORDER BY goal_id, date, reported
