-- PostgreSQL variant of ../progress_series.sql: a measure's last update of a day is
-- DISTINCT ON here (DuckDB: arg_max by id), list_contains($list, x) is x = ANY($list),
-- and DuckDB's ASOF LEFT JOIN (each shown date with the latest state on or before it)
-- is a binary search: width_bucket of the date in the states' dates, in order, gives
-- the place of that state in arrays of them (a LATERAL subquery with LIMIT 1 scanned
-- every state once per shown date; docs/scale-out.md, "Speed on PostgreSQL").
-- Weighted progress of a plan's (filtered) measures over time, in one pass over
-- their status history: each update changes its measure's contribution (weight
-- and weight × progress) by a delta; a running sum of the deltas is the state
-- after every date.
-- Same rules as metrics.weighted_progress: the statuses in $uncounted (cancelled)
-- do not count, those in $complete (done) count 100 % (both lists come from
-- dashboard/labels.py), progress is clamped to 0–100, a measure without an update counts as not
-- started (0 %), a weight of 0 does not count; NULL when nothing counts.
-- Two shapes of one computation (goal_id, date, progress, reported):
-- * $per_goal false, the progress chart (queries.goal_progress_over_time): the measures
--   together, read by an ASOF join on the dates shown: $start, $end and every date in
--   between on which an update was made; when there are more than $max_points of them,
--   the last such date of each week (the state on a date is exact either way; only
--   points are left out). goal_id and reported are NULL.
-- * $per_goal true, the pace forecast (forecast.goal_forecasts): per goal, on every date
--   one of its counted measures was updated up to $end, none left out (the forecast
--   reads the exact step function and counts those dates as reports: reported true),
--   and a first row on $start, 0 % (reported false), for each goal one of whose
--   measures counts.
-- With $meeting_id (else NULL), a meeting's frozen forecast (dashboard/board/build.py):
-- the meeting snapshot's measures with their weights then, and only the updates recorded
-- by $recorded_at, so that a later upload, back-dated or not, leaves it as it was.
WITH ms AS (
    SELECT m.id, CASE WHEN $per_goal THEN m.goal_id END AS grp, m.weight
    FROM measure m
    JOIN goal g ON g.id = m.goal_id
    WHERE $meeting_id::INTEGER IS NULL
      AND g.plan_id = $plan_id
      AND m.archived_at IS NULL
      AND ($goal_id::VARCHAR IS NULL OR m.goal_id = $goal_id)
      AND ($owner_id::VARCHAR IS NULL OR m.owner_id = $owner_id)
      AND ($channel_id::VARCHAR IS NULL OR EXISTS (
            SELECT 1 FROM measure_channel mc
            WHERE mc.measure_id = m.id AND mc.channel_id = $channel_id))
    UNION ALL
    SELECT mm.measure_id, CASE WHEN $per_goal THEN mm.goal_id END, mm.weight
    FROM meeting_measure mm
    WHERE mm.meeting_id = $meeting_id
      AND ($goal_id::VARCHAR IS NULL OR mm.goal_id = $goal_id)
),
daily AS (
    -- a measure's state at the end of a day: its last update that day
    SELECT DISTINCT ON (su.measure_id, su.update_date)
           su.measure_id, su.update_date AS d, su.status, su.progress
    FROM status_update su
    JOIN ms ON ms.id = su.measure_id
    WHERE su.update_date <= $end
      AND ($recorded_at::TIMESTAMP IS NULL OR su.recorded_at <= $recorded_at)
    ORDER BY su.measure_id, su.update_date, su.id DESC
),
contribution AS (
    SELECT ms.grp, daily.measure_id, daily.d, ms.weight AS start_w,
           CASE WHEN daily.status = ANY($uncounted) THEN 0 ELSE 1 END AS n,
           CASE WHEN daily.status = ANY($uncounted) THEN 0.0 ELSE ms.weight END AS w,
           CASE WHEN daily.status = ANY($uncounted) THEN 0.0
                WHEN daily.status = ANY($complete) THEN 100.0 * ms.weight
                ELSE least(greatest(coalesce(daily.progress, 0.0), 0.0), 100.0) * ms.weight
           END AS wp
    FROM daily
    JOIN ms ON ms.id = daily.measure_id
    WHERE ms.weight > 0
),
step AS (
    SELECT grp, d,
           n - lag(n, 1, 1) OVER per_measure AS dn,
           w - lag(w, 1, start_w) OVER per_measure AS dw,
           wp - lag(wp, 1, 0.0) OVER per_measure AS dwp
    FROM contribution
    WINDOW per_measure AS (PARTITION BY measure_id ORDER BY d)
),
delta AS (
    SELECT grp, d, sum(dn) AS dn, sum(dw) AS dw, sum(dwp) AS dwp FROM step GROUP BY grp, d
),
start_state AS (
    -- what counts before any update: every measure of weight > 0, at 0 %
    SELECT grp, count(*) AS n, sum(weight) AS w FROM ms WHERE weight > 0 GROUP BY grp
),
state AS (
    SELECT delta.grp, delta.d,
           s.n + sum(delta.dn) OVER per_group AS n,
           s.w + sum(delta.dw) OVER per_group AS w,
           sum(delta.dwp) OVER per_group AS wp
    FROM delta
    JOIN start_state s ON s.grp IS NOT DISTINCT FROM delta.grp
    WINDOW per_group AS (PARTITION BY delta.grp ORDER BY delta.d)
),
timeline AS (  -- the one group's states as arrays in date order, for width_bucket
    SELECT array_agg(d ORDER BY d) AS d, array_agg(n ORDER BY d) AS n,
           array_agg(w ORDER BY d) AS w, array_agg(wp ORDER BY d) AS wp
    FROM state
    WHERE NOT $per_goal
),
changed AS (
    SELECT DISTINCT d FROM daily WHERE d >= $start AND NOT $per_goal
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
SELECT NULL::VARCHAR AS goal_id, shown.d AS date,
       CASE WHEN coalesce(state.n, s.n, 0) > 0
            THEN coalesce(state.wp, 0.0) / coalesce(state.w, s.w)
       END AS progress,
       NULL::BOOLEAN AS reported
FROM shown
CROSS JOIN timeline t
LEFT JOIN LATERAL (  -- the latest state on or before the date (0: none yet)
    SELECT t.n[i] AS n, t.w[i] AS w, t.wp[i] AS wp
    FROM (SELECT width_bucket(shown.d, t.d) AS i) b
) state ON true
LEFT JOIN start_state s ON true  -- one row at most: all the measures are one group here
WHERE NOT $per_goal AND shown.d <= $end
UNION ALL
SELECT grp, $start::DATE, 0.0, false
FROM start_state
WHERE $per_goal
UNION ALL
SELECT grp, d, CASE WHEN n > 0 THEN wp / w END, true
FROM state
WHERE $per_goal AND d >= $start
ORDER BY goal_id, date, reported
