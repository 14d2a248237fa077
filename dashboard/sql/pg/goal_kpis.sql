-- PostgreSQL variant of ../goal_kpis.sql: list_contains($list, x) is x = ANY($list)
-- here, a stock's latest value (the greatest of its latest day's figures) the second
-- element of the greatest pair [days since 1970, value]; and each target reads its own
-- period's figures along the index on (channel_id, period_start) in a LATERAL subquery,
-- then its latest date's rows the same way, where one join of all targets with the
-- figures made PostgreSQL scan the whole table and sort what it found (DuckDB sums each
-- channel's figures per day once for all targets instead; docs/scale-out.md, "Speed on
-- PostgreSQL").
-- A plan's outcome targets with the actual figure over each target's period.
-- Stocks (followers, subscribers: $stocks) compare their latest value, moment figures
-- (survey shares and scores: $moments) the mean of the rows at their latest date in the
-- period (one survey's target groups), flows their sum. Only figures up to $as_of count:
-- a target whose period has not ended compares what there is so far.
-- direction: 'up' (at or above the target is met) or 'down' (at or below).
-- sample_size: the answers behind a moment figure (its latest date's rows), else NULL.
WITH k AS (
    SELECT k.*, g.title AS goal_title, g.sort_order AS goal_order, c.name AS channel
    FROM goal_kpi k
    JOIN goal g ON g.id = k.goal_id
    JOIN channel c ON c.id = k.channel_id
    WHERE g.plan_id = $plan_id
      AND ($goal_id::VARCHAR IS NULL OR k.goal_id = $goal_id)
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
    CASE WHEN k.metric = ANY($moments) THEN latest.mean
         WHEN k.metric = ANY($stocks) THEN a.last_value
         ELSE a.total END AS actual,
    CASE WHEN k.metric = ANY($moments) THEN latest.sample_size END AS sample_size
FROM k
LEFT JOIN LATERAL (  -- the target's figures in its period, along the channel's index
    SELECT max(cm.period_start) AS latest, sum(cm.value) AS total,
           (max(ARRAY[(cm.period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                      cm.value]))[2] AS last_value
    FROM channel_metric cm
    WHERE cm.channel_id = k.channel_id AND cm.metric = k.metric
      AND cm.period_start BETWEEN k.period_start AND least(k.period_end, $as_of)
) a ON true
LEFT JOIN LATERAL (  -- the rows of its latest date (one survey's target groups)
    SELECT avg(cm.value) AS mean, sum(cm.sample_size) AS sample_size
    FROM channel_metric cm
    WHERE cm.channel_id = k.channel_id AND cm.metric = k.metric
      AND cm.period_start = a.latest
) latest ON true
ORDER BY k.goal_order, k.period_start, k.channel, k.metric
