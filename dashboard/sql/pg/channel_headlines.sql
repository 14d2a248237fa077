-- PostgreSQL variant of ../channel_headlines.sql: INTERVAL '1 year' for INTERVAL 1 YEAR,
-- x = ANY($list) for list_contains, array_position for list_position, a stock's
-- latest pair's values as the second element of the greatest pair [days since 1970,
-- value] (DuckDB: arg_max; an aggregate without ORDER BY, built for a stock's rows
-- only), and min() of the one headline metric per channel for any_value(), which
-- PostgreSQL 15 does not have. The two priority lists are typed as arrays where a CASE
-- chooses between them (psycopg sends a list's type as unknown).
-- The figures are read channel by channel along the covering index (migrations_pg/0022:
-- from the index alone, metric by metric in date order), summed per date as they come
-- (no hash table, no sort) and then per metric within the channel. A stock's figure is
-- its latest date's sum, read by a probe of the index at that date. Only the headline
-- metric's figures are then summed per date again, from a year before the period, for
-- the pairs a year apart: the same rows as DuckDB's, without materialising and
-- self-joining every metric's sums per date (docs/scale-out.md, "Speed on PostgreSQL").
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
WITH ch AS (
    SELECT c.id, c.name, c.scope
    FROM channel c
    JOIN plan p ON p.organisation_id = c.organisation_id
    WHERE p.id = $plan_id
      AND ($channel_id::VARCHAR IS NULL OR c.id = $channel_id)
),
figures AS MATERIALIZED (
    SELECT ch.id AS channel_id, ch.scope, f.*
    FROM ch
    CROSS JOIN LATERAL (
        SELECT
            d.metric,
            sum(d.value) AS total,
            count(*) AS periods,
            min(d.period_start) AS first_start,
            max(d.period_start) AS last_start,
            bool_or(d.illustrative) AS illustrative
        FROM (  -- (per date, in the index's order: grouped as they come)
            SELECT cm.metric, cm.period_start, sum(cm.value) AS value,
                   bool_or(cm.illustrative) AS illustrative
            FROM channel_metric cm
            WHERE cm.channel_id = ch.id
              AND cm.period_start >= $start::DATE
              AND cm.period_start <= $end::DATE
            GROUP BY cm.metric, cm.period_start
        ) d
        GROUP BY d.metric
    ) f
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
                        CASE WHEN f.scope = 'internal' THEN $internal::VARCHAR[]
                             ELSE $external::VARCHAR[] END,
                        f.metric
                    ),
                    1000
                ),
                f.periods DESC,
                f.metric
        ) AS rank
    FROM reported f
),
headline AS MATERIALIZED (
    SELECT
        r.channel_id,
        r.metric,
        CASE WHEN r.metric = ANY($stocks)
             THEN (SELECT sum(cm.value)
                   FROM channel_metric cm
                   WHERE cm.channel_id = r.channel_id AND cm.metric = r.metric
                     AND cm.period_start = r.last_start)
             ELSE r.total END AS value,
        r.periods,
        r.first_start,
        r.last_start,
        r.illustrative
    FROM ranked r
    WHERE r.rank = 1
),
headline_dates AS MATERIALIZED (  -- (the headline metric's sums per date, both years)
    SELECT h.channel_id, h.metric, d.period_start, d.value
    FROM headline h
    CROSS JOIN LATERAL (
        SELECT cm.period_start, sum(cm.value) AS value
        FROM channel_metric cm
        WHERE cm.channel_id = h.channel_id
          AND cm.metric = h.metric
          AND cm.period_start >= ($start::DATE - INTERVAL '1 year')::DATE
          AND cm.period_start <= $end::DATE
        GROUP BY cm.period_start
    ) d
),
pairs AS (
    SELECT
        now.channel_id,
        now.metric,
        now.period_start,
        now.value AS now_value,
        before.value AS before_value
    FROM headline_dates now
    JOIN headline_dates before
      ON before.channel_id = now.channel_id
     AND before.period_start = (now.period_start - INTERVAL '1 year')::DATE
    WHERE now.period_start >= $start::DATE
),
trend AS (
    SELECT
        channel_id,
        CASE WHEN min(metric) = ANY($stocks)
             THEN (max(ARRAY[(period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                             now_value]) FILTER (WHERE metric = ANY($stocks)))[2]
             ELSE sum(now_value) END AS now_compared,
        CASE WHEN min(metric) = ANY($stocks)
             THEN (max(ARRAY[(period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                             before_value]) FILTER (WHERE metric = ANY($stocks)))[2]
             ELSE sum(before_value) END AS before_compared,
        count(*) AS compared_periods,
        min(period_start) AS compared_from,
        max(period_start) AS compared_to
    FROM pairs
    GROUP BY channel_id
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
