-- A plan's outcome targets with the actual figure over each target's period.
-- Stocks (followers, subscribers) compare their latest value, flows their sum.
-- direction: 'up' (at or above the target is met) or 'down' (at or below).
SELECT
    k.goal_id,
    g.title AS goal_title,
    k.channel_id,
    c.name AS channel,
    k.metric,
    k.target,
    k.direction,
    k.period_start,
    k.period_end,
    CASE WHEN k.metric IN ('subscribers', 'followers')
         THEN (SELECT arg_max(cm.value, cm.period_start) FROM channel_metric cm
               WHERE cm.channel_id = k.channel_id AND cm.metric = k.metric
                 AND cm.period_start BETWEEN k.period_start AND least(k.period_end, $as_of))
         ELSE (SELECT sum(cm.value) FROM channel_metric cm
               WHERE cm.channel_id = k.channel_id AND cm.metric = k.metric
                 AND cm.period_start BETWEEN k.period_start AND least(k.period_end, $as_of))
    END AS actual
FROM goal_kpi k
JOIN goal g ON g.id = k.goal_id
JOIN channel c ON c.id = k.channel_id
WHERE g.plan_id = $plan_id
  AND ($goal_id::VARCHAR IS NULL OR k.goal_id = $goal_id)
ORDER BY g.sort_order, k.period_start, c.name, k.metric
