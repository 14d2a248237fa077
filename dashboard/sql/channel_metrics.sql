-- Channel figures of a plan's organisation per period bucket ($grain: month,
-- quarter or year, whitelisted by the caller) between $start and $end.
-- Flows (visitors, opens, …) are summed over the bucket; stocks (followers,
-- subscribers) take the bucket's last value, since summing them double counts.
SELECT
    date_trunc($grain, cm.period_start)::DATE AS bucket,
    c.id AS channel_id,
    c.name AS channel,
    c.scope,
    cm.metric,
    coalesce(a.name, '') AS audience,
    CASE WHEN cm.metric IN ('subscribers', 'followers')
         THEN arg_max(cm.value, cm.period_start)
         ELSE sum(cm.value) END AS value,
    bool_or(cm.illustrative) AS illustrative,
    count(*) AS rows
FROM channel_metric cm
JOIN channel c ON c.id = cm.channel_id
JOIN plan p ON p.organisation_id = c.organisation_id
LEFT JOIN audience a ON a.id = cm.audience_id
WHERE p.id = $plan_id
  AND cm.period_start >= $start
  AND cm.period_start <= $end
  AND ($channel_id::VARCHAR IS NULL OR c.id = $channel_id)
GROUP BY bucket, c.id, c.name, c.scope, cm.metric, audience
ORDER BY bucket, c.scope, c.name, cm.metric, audience
