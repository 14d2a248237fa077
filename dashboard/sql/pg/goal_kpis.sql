-- PostgreSQL variant of ../goal_kpis.sql: list_contains($list, x) is x = ANY($list)
-- here, and arg_max(value, period_start) (a stock's latest value) the first of the
-- values ordered by date, latest first.
-- A plan's outcome targets with the actual figure over each target's period.
-- Stocks (followers, subscribers: $stocks) compare their latest value, moment figures
-- (survey shares and scores: $moments) the mean of the rows at their latest date in the
-- period (one survey's target groups), flows their sum. Only figures up to $as_of count:
-- a target whose period has not ended compares what there is so far.
-- direction: 'up' (at or above the target is met) or 'down' (at or below).
-- sample_size: the answers behind a moment figure (its latest date's rows), else NULL.
-- The figures are read in one join of the targets with their channels' rows in the
-- period (not a subquery per target over the whole table).
WITH k AS (
    SELECT k.*, g.title AS goal_title, g.sort_order AS goal_order, c.name AS channel
    FROM goal_kpi k
    JOIN goal g ON g.id = k.goal_id
    JOIN channel c ON c.id = k.channel_id
    WHERE g.plan_id = $plan_id
      AND ($goal_id::VARCHAR IS NULL OR k.goal_id = $goal_id)
),
rows_in AS (
    SELECT k.goal_id, k.channel_id, k.metric, k.period_start AS target_start,
           cm.period_start, cm.value, cm.sample_size,
           max(cm.period_start) OVER (
               PARTITION BY k.goal_id, k.channel_id, k.metric, k.period_start) AS latest
    FROM k
    JOIN channel_metric cm
      ON cm.channel_id = k.channel_id AND cm.metric = k.metric
     AND cm.period_start BETWEEN k.period_start AND least(k.period_end, $as_of)
),
actual AS (
    SELECT goal_id, channel_id, metric, target_start AS period_start,
           CASE WHEN metric = ANY($moments)
                    THEN avg(value) FILTER (WHERE period_start = latest)
                WHEN metric = ANY($stocks)
                    THEN (array_agg(value ORDER BY period_start DESC))[1]
                ELSE sum(value) END AS actual,
           CASE WHEN metric = ANY($moments)
                    THEN sum(sample_size) FILTER (WHERE period_start = latest) END
               AS sample_size
    FROM rows_in
    GROUP BY goal_id, channel_id, metric, target_start
)
SELECT
    k.goal_id,
    k.goal_title,
    k.channel_id,
    k.channel,
    k.metric,
    k.target,
    k.direction,
    k.period_start,
    k.period_end,
    a.actual,
    a.sample_size
FROM k
LEFT JOIN actual a
  ON a.goal_id = k.goal_id AND a.channel_id = k.channel_id AND a.metric = k.metric
 AND a.period_start = k.period_start
ORDER BY k.goal_order, k.period_start, k.channel, k.metric
