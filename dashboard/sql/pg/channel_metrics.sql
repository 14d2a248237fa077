-- PostgreSQL variant of ../channel_metrics.sql: year()/month() are date_part() here (a
-- float, made an integer; extract() makes a numeric, slower), DuckDB's integer division
-- // is / on integers, and arg_max(value, period_start) (a stock's last value in the
-- bucket) is the second element of the greatest pair [days since 1970, value]: an
-- aggregate without ORDER BY, so PostgreSQL groups the figures in a hash table instead
-- of sorting them all, and built for a stock's rows only (FILTER). The figures are
-- grouped channel by channel, each channel's read along the covering index
-- (migrations_pg/0022) from the index alone, and per month first (the month's first
-- day is a subtraction; the bucket's make_date() would cost more than the grouping if
-- made for every figure), then per bucket: the same sums, counts and last values
-- (docs/scale-out.md, "Speed on PostgreSQL").
-- Channel figures of a plan's organisation per period bucket ($grain: month,
-- quarter, tertial (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec), half (year halves) or year,
-- whitelisted by the caller) between $start and $end. A bucket starts on the first
-- day of the month that opens its period: the period's length in months by name,
-- and the month rounded down to a multiple of it.
-- Flows (visitors, opens, …) are summed over the bucket; stocks (followers,
-- subscribers) take the bucket's last value, since summing them double counts.
-- The organisation's channels are chosen first and the figures filtered to them and
-- to the period, then aggregated on ids; names are joined to the aggregate (a few
-- thousand rows), not to every daily figure.
WITH ch AS (
    SELECT c.id, c.name, c.scope
    FROM channel c
    JOIN plan p ON p.organisation_id = c.organisation_id
    WHERE p.id = $plan_id
      AND ($channel_id::VARCHAR IS NULL OR c.id = $channel_id)
),
months AS (  -- (per channel along the covering index, per month first: see above)
    SELECT ch.id AS channel_id, f.*
    FROM ch
    CROSS JOIN LATERAL (
        SELECT
            cm.period_start - (date_part('day', cm.period_start)::INTEGER - 1) AS month,
            cm.metric,
            cm.audience_id,
            max(ARRAY[(cm.period_start - DATE '1970-01-01')::DOUBLE PRECISION, cm.value])
                FILTER (WHERE cm.metric IN ('subscribers', 'followers')) AS last_pair,
            sum(cm.value) AS value,
            bool_or(cm.illustrative) AS illustrative,
            count(*) AS rows
        FROM channel_metric cm
        WHERE cm.channel_id = ch.id
          AND cm.period_start >= $start
          AND cm.period_start <= $end
        GROUP BY month, cm.metric, cm.audience_id
    ) f
),
agg AS (
    SELECT
        make_date(
            date_part('year', mo.month)::INTEGER,
            (date_part('month', mo.month)::INTEGER - 1) / m.months * m.months + 1,
            1
        ) AS bucket,
        mo.channel_id,
        mo.metric,
        mo.audience_id,
        CASE WHEN mo.metric IN ('subscribers', 'followers')
             THEN (max(mo.last_pair))[2]
             ELSE sum(mo.value) END AS value,
        bool_or(mo.illustrative) AS illustrative,
        sum(mo.rows)::BIGINT AS rows
    FROM months mo
    CROSS JOIN (SELECT CASE $grain WHEN 'month' THEN 1 WHEN 'quarter' THEN 3
                                   WHEN 'tertial' THEN 4 WHEN 'half' THEN 6
                                   ELSE 12 END AS months) m
    GROUP BY bucket, mo.channel_id, mo.metric, mo.audience_id
)
SELECT
    agg.bucket,
    ch.id AS channel_id,
    ch.name AS channel,
    ch.scope,
    agg.metric,
    coalesce(a.name, '') AS audience,
    agg.value,
    agg.illustrative,
    agg.rows
FROM agg
JOIN ch ON ch.id = agg.channel_id
LEFT JOIN audience a ON a.id = agg.audience_id
ORDER BY agg.bucket, ch.scope, ch.name, agg.metric, audience
