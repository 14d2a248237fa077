-- PostgreSQL variant of ../coverage_matrix.sql: array_position for list_position,
-- x = ANY($list) for list_contains, array_agg for list, ARRAY[]::VARCHAR[] for [],
-- DISTINCT ON for arg_max(status, (update_date, id)), the first of a channel's metrics
-- ordered by their place in $reach_metrics for arg_min, a stock's latest value as the
-- first of its values ordered by date, latest first (arg_max), and min() of the one
-- chosen metric for any_value(), which PostgreSQL 15 does not have.
-- Coverage: every target group × channel of plan $plan_id's organisation (only the
-- channel $channel_id when it names one) for the period $start–$end, in one query.
--
-- A cell holds the measures of the plan that aim at the group through the channel
-- (measure_audience × measure_channel), counting those whose span meets the period,
-- not archived and not in an uncounted status ($uncounted: cancelled) on $end; and
-- the channel's reach figure: per channel the first metric of $reach_metrics it
-- reports in the period, summed over the period for flows and the latest value for
-- stocks ($stocks), per group where the figures name one (audience_value) and for
-- the whole channel (channel_value, all rows summed per date as on the cards).
-- Channels come from rich to lean ($richness: the level ids, richest first; not
-- placed last), then external first and by name; groups external first, by name.
WITH aud AS (
    SELECT a.id, a.name, a.scope
    FROM audience a
    JOIN plan p ON p.organisation_id = a.organisation_id
    WHERE p.id = $plan_id
),
ch AS (
    SELECT c.id, c.name, c.scope, c.richness,
           coalesce(array_position($richness, c.richness), 1000) AS richness_rank
    FROM channel c
    JOIN plan p ON p.organisation_id = c.organisation_id
    WHERE p.id = $plan_id
      AND ($channel_id::VARCHAR IS NULL OR c.id = $channel_id)
),
plan_measure AS (
    SELECT m.id, m.title, g.sort_order AS goal_order, g.id AS goal_id, m.sort_order
    FROM measure m
    JOIN goal g ON g.id = m.goal_id
    WHERE g.plan_id = $plan_id
      AND m.archived_at IS NULL
      AND (m.start_date IS NULL OR m.start_date <= $end::DATE)
      AND (m.due_date IS NULL OR m.due_date >= $start::DATE)
),
latest AS (
    SELECT DISTINCT ON (su.measure_id) su.measure_id, su.status
    FROM status_update su
    JOIN plan_measure pm ON pm.id = su.measure_id
    WHERE su.update_date <= $end::DATE
    ORDER BY su.measure_id, su.update_date DESC, su.id DESC
),
live AS (
    SELECT pm.*
    FROM plan_measure pm
    LEFT JOIN latest l ON l.measure_id = pm.id
    WHERE l.status IS NULL OR NOT l.status = ANY($uncounted)
),
aimed AS (
    SELECT ma.audience_id, mc.channel_id, count(*) AS measure_count,
           array_agg(l.title ORDER BY l.goal_order, l.goal_id, l.sort_order, l.id) AS measures
    FROM live l
    JOIN measure_audience ma ON ma.measure_id = l.id
    JOIN measure_channel mc ON mc.measure_id = l.id
    GROUP BY ma.audience_id, mc.channel_id
),
figures AS MATERIALIZED (
    SELECT cm.channel_id, cm.audience_id, cm.metric, cm.period_start,
           sum(cm.value) AS value, bool_or(cm.illustrative) AS illustrative
    FROM channel_metric cm
    WHERE cm.channel_id IN (SELECT id FROM ch)
      AND cm.metric = ANY($reach_metrics)
      AND cm.period_start >= $start::DATE
      AND cm.period_start <= $end::DATE
    GROUP BY cm.channel_id, cm.audience_id, cm.metric, cm.period_start
),
chosen AS (
    SELECT channel_id, (array_agg(metric ORDER BY array_position($reach_metrics, metric)))[1] AS metric
    FROM figures
    GROUP BY channel_id
),
channel_dates AS (
    SELECT f.channel_id, f.metric, f.period_start, sum(f.value) AS value,
           bool_or(f.illustrative) AS illustrative
    FROM figures f
    JOIN chosen c ON c.channel_id = f.channel_id AND c.metric = f.metric
    GROUP BY f.channel_id, f.metric, f.period_start
),
channel_figure AS (
    SELECT channel_id,
           CASE WHEN min(metric) = ANY($stocks)
                THEN (array_agg(value ORDER BY period_start DESC))[1] ELSE sum(value) END AS value,
           bool_or(illustrative) AS illustrative
    FROM channel_dates
    GROUP BY channel_id
),
audience_figure AS (
    SELECT f.channel_id, f.audience_id,
           CASE WHEN min(f.metric) = ANY($stocks)
                THEN (array_agg(f.value ORDER BY f.period_start DESC))[1] ELSE sum(f.value) END AS value
    FROM figures f
    JOIN chosen c ON c.channel_id = f.channel_id AND c.metric = f.metric
    WHERE f.audience_id IS NOT NULL
    GROUP BY f.channel_id, f.audience_id
)
SELECT
    aud.id AS audience_id,
    aud.name AS audience,
    aud.scope AS audience_scope,
    ch.id AS channel_id,
    ch.name AS channel,
    ch.scope AS channel_scope,
    ch.richness,
    c.metric,
    af.value AS audience_value,
    cf.value AS channel_value,
    coalesce(cf.illustrative, false) AS illustrative,
    coalesce(a.measure_count, 0) AS measure_count,
    coalesce(a.measures, ARRAY[]::VARCHAR[]) AS measures
FROM aud
CROSS JOIN ch
LEFT JOIN chosen c ON c.channel_id = ch.id
LEFT JOIN channel_figure cf ON cf.channel_id = ch.id
LEFT JOIN audience_figure af ON af.channel_id = ch.id AND af.audience_id = aud.id
LEFT JOIN aimed a ON a.audience_id = aud.id AND a.channel_id = ch.id
ORDER BY aud.scope = 'internal', aud.name, aud.id,
         ch.richness_rank, ch.scope = 'internal', ch.name, ch.id
