-- A plan's outcome targets with the actual figure over each target's period.
-- Stocks (followers, subscribers) compare their latest value, flows their sum.
-- direction: 'up' (at or above the target is met) or 'down' (at or below).
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
actual AS (
    SELECT k.goal_id, k.channel_id, k.metric, k.period_start,
           CASE WHEN k.metric IN ('subscribers', 'followers')
                THEN arg_max(cm.value, cm.period_start)
                ELSE sum(cm.value) END AS actual
    FROM k
    JOIN channel_metric cm
      ON cm.channel_id = k.channel_id AND cm.metric = k.metric
     AND cm.period_start BETWEEN k.period_start AND least(k.period_end, $as_of)
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
    a.actual
FROM k
LEFT JOIN actual a
  ON a.goal_id = k.goal_id AND a.channel_id = k.channel_id AND a.metric = k.metric
 AND a.period_start = k.period_start
ORDER BY k.goal_order, k.period_start, k.channel, k.metric
