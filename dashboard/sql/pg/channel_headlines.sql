-- PostgreSQL variant of ../channel_headlines.sql: INTERVAL '1 year' for INTERVAL 1 YEAR,
-- x = ANY($list) for list_contains, array_position for list_position, a stock's
-- latest value as the second element of the greatest pair [days since 1970, value]
-- (DuckDB: arg_max; an aggregate without ORDER BY, which PostgreSQL can group in a hash
-- table), and min() of the one headline metric per channel for any_value(), which
-- PostgreSQL 15 does not have. The two priority lists are typed as arrays where a CASE
-- chooses between them (psycopg sends a list's type as unknown). The pairs a year
-- apart are found for every metric and the headline's kept afterwards (the same rows):
-- PostgreSQL estimates one headline row and would otherwise scan the figures once for
-- every date of the period (1.3 s a run on M's largest plan instead of 0.09 s).
-- Every channel of a plan's organisation (or the one $channel_id names) with its
-- headline figure for the period $start–$end and the same period a year earlier.
--
-- The headline metric is chosen from the data, per channel (dashboard.queries
-- explains the rule): among the metrics the channel reports in the period, those
-- reported in at least half as many periods as its most reported one; of these the
-- first in the priority list of the channel's scope ($external / $internal), then the
-- most reported, then by name. A channel without figures in the period is listed
-- with NULLs.
--
-- The figure: flows summed over the period; stocks ($stocks: subscribers, followers)
-- the latest value (summing them double counts). Audiences are summed per date.
-- The trend compares like with like: each date in the period that also has a figure
-- exactly one year earlier, summed for flows; for stocks the latest such pair.
--
-- The channels are chosen first and the figures filtered to them and to the two
-- periods before anything is aggregated (one scan of the figures, whose per-date
-- sums are materialised once for the figure and both sides of the comparison).
WITH ch AS (
    SELECT c.id, c.name, c.scope
    FROM channel c
    JOIN plan p ON p.organisation_id = c.organisation_id
    WHERE p.id = $plan_id
      AND ($channel_id::VARCHAR IS NULL OR c.id = $channel_id)
),
per_date AS MATERIALIZED (
    SELECT
        cm.channel_id,
        cm.metric,
        cm.period_start,
        sum(cm.value) AS value,
        bool_or(cm.illustrative) AS illustrative
    FROM channel_metric cm
    WHERE cm.channel_id IN (SELECT id FROM ch)
      AND cm.period_start >= ($start::DATE - INTERVAL '1 year')::DATE
      AND cm.period_start <= $end::DATE
    GROUP BY cm.channel_id, cm.metric, cm.period_start
),
figures AS (
    SELECT
        channel_id,
        metric,
        CASE WHEN metric = ANY($stocks)
             THEN (max(ARRAY[(period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                             value]))[2]
             ELSE sum(value) END AS value,
        count(*) AS periods,
        min(period_start) AS first_start,
        max(period_start) AS last_start,
        bool_or(illustrative) AS illustrative
    FROM per_date
    WHERE period_start >= $start::DATE
    GROUP BY channel_id, metric
),
reported AS (
    SELECT *, max(periods) OVER (PARTITION BY channel_id) AS most_periods FROM figures
),
ranked AS (
    SELECT
        f.*,
        row_number() OVER (
            PARTITION BY f.channel_id
            ORDER BY
                f.periods * 2 < f.most_periods,
                coalesce(
                    array_position(
                        CASE WHEN ch.scope = 'internal' THEN $internal::VARCHAR[]
                             ELSE $external::VARCHAR[] END,
                        f.metric
                    ),
                    1000
                ),
                f.periods DESC,
                f.metric
        ) AS rank
    FROM reported f
    JOIN ch ON ch.id = f.channel_id
),
headline AS (
    SELECT * FROM ranked WHERE rank = 1
),
pairs AS (
    SELECT
        now.channel_id,
        now.metric,
        now.period_start,
        now.value AS now_value,
        before.value AS before_value
    FROM per_date now
    JOIN per_date before
      ON before.channel_id = now.channel_id
     AND before.metric = now.metric
     AND before.period_start = (now.period_start - INTERVAL '1 year')::DATE
    WHERE now.period_start >= $start::DATE
),
trend AS (
    SELECT
        pairs.channel_id,
        CASE WHEN min(h.metric) = ANY($stocks)
             THEN (max(ARRAY[(pairs.period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                             now_value]))[2]
             ELSE sum(now_value) END AS now_compared,
        CASE WHEN min(h.metric) = ANY($stocks)
             THEN (max(ARRAY[(pairs.period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                             before_value]))[2]
             ELSE sum(before_value) END AS before_compared,
        count(*) AS compared_periods,
        min(pairs.period_start) AS compared_from,
        max(pairs.period_start) AS compared_to
    FROM pairs
    JOIN headline h ON h.channel_id = pairs.channel_id AND h.metric = pairs.metric
    GROUP BY pairs.channel_id
)
SELECT
    ch.id AS channel_id,
    ch.name AS channel,
    ch.scope,
    h.metric,
    h.value,
    h.periods,
    h.first_start,
    h.last_start,
    coalesce(h.illustrative, false) AS illustrative,
    tr.now_compared,
    tr.before_compared,
    coalesce(tr.compared_periods, 0) AS compared_periods,
    tr.compared_from,
    tr.compared_to,
    CASE WHEN tr.before_compared > 0
         THEN tr.now_compared / tr.before_compared - 1 END AS change
FROM ch
LEFT JOIN headline h ON h.channel_id = ch.id
LEFT JOIN trend tr ON tr.channel_id = ch.id
ORDER BY ch.scope, ch.name
