-- PostgreSQL variant of ../coverage_matrix.sql: array_position for list_position,
-- x = ANY($list) for list_contains, array_agg for list, ARRAY[]::VARCHAR[] for [],
-- the first row of a LATERAL subquery ordered by (update_date, id), latest first, for
-- arg_max(status, (update_date, id)) (the index finds it), the element of $reach_metrics at
-- the least place among a channel's metrics for arg_min, a stock's latest value as the
-- second element of the greatest pair [days since 1970, value] (arg_max), and min() of
-- the one chosen metric for any_value(), which PostgreSQL 15 does not have. Neither
-- aggregate has an ORDER BY, and the figures are grouped before the chosen metric is
-- kept, so PostgreSQL groups them in hash tables instead of sorting them all
-- (docs/scale-out.md, "Speed on PostgreSQL").
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
live AS (  -- (each measure's latest status: one step back along its index)
    SELECT pm.*
    FROM plan_measure pm
    LEFT JOIN LATERAL (
        SELECT su.status
        FROM status_update su
        WHERE su.measure_id = pm.id AND su.update_date <= $end::DATE
        ORDER BY su.update_date DESC, su.id DESC
        LIMIT 1
    ) l ON true
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
    SELECT channel_id,
           ($reach_metrics)[min(array_position($reach_metrics, metric))] AS metric
    FROM figures
    GROUP BY channel_id
),
channel_dates AS (  -- (every reach metric's dates: grouped first, then the chosen kept)
    SELECT f.channel_id, f.metric, f.period_start, sum(f.value) AS value,
           bool_or(f.illustrative) AS illustrative
    FROM figures f
    GROUP BY f.channel_id, f.metric, f.period_start
),
channel_figure AS (
    SELECT d.channel_id,
           CASE WHEN min(d.metric) = ANY($stocks)
                THEN (max(ARRAY[(d.period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                                d.value]))[2]
                ELSE sum(d.value) END AS value,
           bool_or(d.illustrative) AS illustrative
    FROM channel_dates d
    JOIN chosen c ON c.channel_id = d.channel_id AND c.metric = d.metric
    GROUP BY d.channel_id
),
audience_metric AS (  -- (every reach metric's figure per group, then the chosen kept)
    SELECT f.channel_id, f.audience_id, f.metric,
           CASE WHEN f.metric = ANY($stocks)
                THEN (max(ARRAY[(f.period_start - DATE '1970-01-01')::DOUBLE PRECISION,
                                f.value]))[2]
                ELSE sum(f.value) END AS value
    FROM figures f
    WHERE f.audience_id IS NOT NULL
    GROUP BY f.channel_id, f.audience_id, f.metric
),
audience_figure AS (
    SELECT m.channel_id, m.audience_id, m.value
    FROM audience_metric m
    JOIN chosen c ON c.channel_id = m.channel_id AND c.metric = m.metric
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
