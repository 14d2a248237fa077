-- A plan's goal targets (or one goal's, $goal_id) as the Rediger table shows them,
-- keyed by the table's own key as one text: goal|channel|metric|period start.
SELECT
    k.goal_id || '|' || k.channel_id || '|' || k.metric || '|' || CAST(k.period_start AS VARCHAR)
        AS id,
    g.title AS goal,
    c.name AS channel,
    k.metric,
    k.period_start,
    k.period_end,
    k.target,
    k.direction
FROM goal_kpi k
JOIN goal g ON g.id = k.goal_id
JOIN channel c ON c.id = k.channel_id
WHERE g.plan_id = $plan_id
  AND ($goal_id::VARCHAR IS NULL OR k.goal_id = $goal_id)
ORDER BY g.sort_order, k.period_start, c.name, k.metric
