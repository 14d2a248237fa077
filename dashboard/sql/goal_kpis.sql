-- A plan's outcome targets with the actual figure over each target's period.
-- Stocks (followers, subscribers: $stocks) compare their latest value, moment figures
-- (survey shares and scores: $moments) the mean of the rows at their latest date in the
-- period (one survey's target groups), flows their sum. Only figures up to $as_of count:
-- a target whose period has not ended compares what there is so far.
-- direction: 'up' (at or above the target is met) or 'down' (at or below).
-- sample_size: the answers behind a moment figure (its latest date's rows), else NULL.
-- A stock's latest value is the greatest of its latest date's rows (as on PostgreSQL).
-- The figures are summed per channel, metric and day first (a day's rows: the audiences
-- of a flow, one survey's target groups), once for all the targets on that channel and
-- metric, and the targets are then read from those days: one join, no window over every
-- row in every target's period (L's largest plan: 175 000 rows become 17 000 days).
WITH k AS (
    SELECT k.*, g.title AS goal_title, g.sort_order AS goal_order, c.name AS channel
    FROM goal_kpi k
    JOIN goal g ON g.id = k.goal_id
    JOIN channel c ON c.id = k.channel_id
    WHERE g.plan_id = $plan_id
      AND ($goal_id::VARCHAR IS NULL OR k.goal_id = $goal_id)
),
pairs AS (  -- the targets' channels and metrics, numbered (a day is grouped on a number)
    SELECT channel_id, metric, row_number() OVER () AS pair
    FROM (SELECT DISTINCT channel_id, metric FROM k)
),
by_day AS (  -- their figures per day up to $as_of: sum and count, the greatest, the answers
    SELECT pairs.pair, cm.period_start AS d,
           sum(cm.value) AS total, count(*) AS n, max(cm.value) AS top,
           sum(cm.sample_size) AS sample_size
    FROM channel_metric cm
    JOIN pairs ON pairs.channel_id = cm.channel_id AND pairs.metric = cm.metric
    WHERE cm.period_start <= $as_of
    GROUP BY pairs.pair, cm.period_start
),
daily AS (
    SELECT pairs.channel_id, pairs.metric, by_day.* FROM by_day JOIN pairs USING (pair)
),
actual AS (  -- per target: a moment's mean of its latest day, a stock's latest, a flow's sum
    SELECT k.goal_id, k.channel_id, k.metric, k.period_start,
           CASE WHEN list_contains($moments, k.metric)
                    THEN arg_max(daily.total / daily.n, daily.d)
                WHEN list_contains($stocks, k.metric)
                    THEN arg_max(daily.top, daily.d)
                ELSE sum(daily.total) END AS actual,
           CASE WHEN list_contains($moments, k.metric)
                    THEN arg_max_null(daily.sample_size, daily.d) END AS sample_size
    FROM k
    JOIN daily
      ON daily.channel_id = k.channel_id AND daily.metric = k.metric
     AND daily.d BETWEEN k.period_start AND least(k.period_end, $as_of)
    GROUP BY k.goal_id, k.channel_id, k.metric, k.period_start
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
