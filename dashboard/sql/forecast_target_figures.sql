-- The figures behind each target of a plan (or one goal) whose period holds $as_of,
-- one row per channel figure counted: the same figures goal_kpis.sql adds up (its
-- period starts inside the target's period, on or before $as_of), with the date its
-- period ends (when the figure is complete), for the pace forecast (dashboard/forecast.py).
SELECT
    k.goal_id,
    k.channel_id,
    k.metric,
    k.period_start AS target_start,
    cm.period_start,
    coalesce(cm.period_end, cm.period_start) AS period_end,
    cm.value
FROM goal_kpi k
JOIN goal g ON g.id = k.goal_id
JOIN channel_metric cm
  ON cm.channel_id = k.channel_id AND cm.metric = k.metric
 AND cm.period_start BETWEEN k.period_start AND least(k.period_end, $as_of)
WHERE g.plan_id = $plan_id
  AND ($goal_id::VARCHAR IS NULL OR k.goal_id = $goal_id)
  AND k.period_start <= $as_of
  AND $as_of < k.period_end
ORDER BY k.goal_id, k.channel_id, k.metric, k.period_start, cm.period_start, cm.id
