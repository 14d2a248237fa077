-- PostgreSQL variant of ../progress_series.sql: a measure's last update of a day (and a
-- bounded goal's last before its cutoff) is DISTINCT ON here (DuckDB: arg_max by id, by
-- date and id), list_contains($list, x) is x = ANY($list),
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
-- Two shapes of one computation (goal_id, date, progress, reported, reports):
-- * $per_goal false, the progress chart (queries.goal_progress_over_time): the measures
--   together, read by an ASOF join on the dates shown: $start, $end and every date in
--   between on which an update was made; when there are more than $max_points of them,
--   the last such date of each week (the state on a date is exact either way; only
--   points are left out). goal_id, reported and reports are NULL.
-- * $per_goal true, the pace forecast (forecast.goal_forecasts): per goal, on every date
--   one of its counted measures was updated up to $end (the forecast reads the exact
--   step function and counts those dates as reports: reported true), and a first row on
--   $start, 0 % (reported false), for each goal one of whose measures counts.
--   With $window_days (else NULL: every date, reports NULL), only what the forecast
--   reads (its window reaches back $window_days from $end, or further to the
--   $min_points-th latest report): the $start row, the dates from that cutoff on, and
--   the last date before it (prev) with the state then; reports is how many report
--   dates the goal has in all, those left out included. The history before the cutoff
--   is folded as each measure's last update before it, not day by day (L's largest
--   plan: 2 700 dates per goal become about 60). Where nothing counts on prev (every
--   measure cancelled), the forecast holds the progress before it: goal_forecasts reads
--   that goal again without $window_days.
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
dates AS (
    -- the bounded forecast's (per goal, $window_days given) dates: each goal's update
    -- dates of its counted measures up to $end
    SELECT DISTINCT ms.grp, su.update_date AS d
    FROM status_update su
    JOIN ms ON ms.id = su.measure_id
    WHERE $per_goal AND $window_days::INTEGER IS NOT NULL
      AND ms.weight > 0 AND su.update_date <= $end
      AND ($recorded_at::TIMESTAMP IS NULL OR su.recorded_at <= $recorded_at)
),
ranked AS (  -- its report dates (from $start), the latest first
    SELECT grp, d, row_number() OVER (PARTITION BY grp ORDER BY d DESC) AS newer
    FROM dates
    WHERE d >= $start
),
cut AS (
    -- the first day the forecast reads: $window_days before $end, or the $min_points-th
    -- latest report when that is earlier (forecast.window_start never starts before it);
    -- NULL (every day) with fewer reports than that
    SELECT grp, count(*) AS reports,
           CASE WHEN count(*) >= $min_points
                THEN least($end::DATE - $window_days::INTEGER,
                           max(d) FILTER (WHERE newer = $min_points)) END AS cutoff
    FROM ranked
    GROUP BY grp
),
bound AS (  -- and the goal's last update date before it (prev)
    SELECT c.grp, c.reports, c.cutoff, max(dates.d) FILTER (WHERE dates.d < c.cutoff) AS prev
    FROM cut c
    JOIN dates ON dates.grp = c.grp
    GROUP BY c.grp, c.reports, c.cutoff
),
collapsed AS (
    -- a bounded goal's measures' states: on each day from its cutoff on, the last update
    -- that day; before the cutoff only each measure's last update, on prev (the state on
    -- prev is then exact, and no earlier state is computed)
    SELECT DISTINCT ON (su.measure_id,
                        CASE WHEN su.update_date < b.cutoff THEN b.prev ELSE su.update_date END)
           su.measure_id,
           CASE WHEN su.update_date < b.cutoff THEN b.prev ELSE su.update_date END AS d,
           su.status, su.progress
    FROM status_update su
    JOIN ms ON ms.id = su.measure_id
    JOIN bound b ON b.grp = ms.grp
    WHERE su.update_date <= $end
      AND ($recorded_at::TIMESTAMP IS NULL OR su.recorded_at <= $recorded_at)
    ORDER BY su.measure_id,
             CASE WHEN su.update_date < b.cutoff THEN b.prev ELSE su.update_date END,
             su.update_date DESC, su.id DESC
),
daily AS (
    -- a measure's state at the end of a day: its last update that day (the bounded goals'
    -- from collapsed)
    (SELECT DISTINCT ON (su.measure_id, su.update_date)
            su.measure_id, su.update_date AS d, su.status, su.progress
     FROM status_update su
     JOIN ms ON ms.id = su.measure_id
     LEFT JOIN bound b ON b.grp = ms.grp
     WHERE su.update_date <= $end
       AND ($recorded_at::TIMESTAMP IS NULL OR su.recorded_at <= $recorded_at)
       AND b.grp IS NULL
     ORDER BY su.measure_id, su.update_date, su.id DESC)
    UNION ALL
    SELECT c.measure_id, c.d, c.status, c.progress
    FROM collapsed c
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
       NULL::BOOLEAN AS reported,
       NULL::BIGINT AS reports
FROM shown
CROSS JOIN timeline t
LEFT JOIN LATERAL (  -- the latest state on or before the date (0: none yet)
    SELECT t.n[i] AS n, t.w[i] AS w, t.wp[i] AS wp
    FROM (SELECT width_bucket(shown.d, t.d) AS i) b
) state ON true
LEFT JOIN start_state s ON true  -- one row at most: all the measures are one group here
WHERE NOT $per_goal AND shown.d <= $end
UNION ALL
SELECT s.grp, $start::DATE, 0.0, false, b.reports
FROM start_state s
LEFT JOIN bound b ON b.grp = s.grp
WHERE $per_goal
UNION ALL
SELECT state.grp, state.d, CASE WHEN state.n > 0 THEN state.wp / state.w END, true, b.reports
FROM state
LEFT JOIN bound b ON b.grp = state.grp
WHERE $per_goal AND state.d >= $start
ORDER BY goal_id, date, reported
