-- PostgreSQL variant of ../coverage_matrix.sql: array_position for list_position,
-- x = ANY($list) for list_contains, array_agg for list, ARRAY[]::VARCHAR[] for [],
-- and the first row of a LATERAL subquery ordered by (update_date, id), latest first,
-- for arg_max(status, (update_date, id)) (the index finds it). The figures are read
-- along the covering index (migrations_pg/0022), from the index alone, and only the
-- chosen metric's: DuckDB's arg_min of the metric by its place in $reach_metrics over
-- every reach figure is here, per channel, the first metric of the list that has a
-- figure in the period (an EXISTS probe of the index, metric by metric in the list's
-- order). Its figures are summed per target group in one pass; a flow's figure is that
-- sum (per group, and all groups' for the channel: the same total as DuckDB's sums per
-- date summed), a stock's the sum of the figures on its latest date (DuckDB's arg_max
-- of the per-date sums), read by a probe of the index at that date (docs/scale-out.md,
-- "Speed on PostgreSQL").
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
chosen AS (  -- (the first reach metric with a figure in the period: a probe of the
            -- covering index per channel and metric, in the list's order)
    SELECT ch.id AS channel_id, m.metric
    FROM ch
    CROSS JOIN LATERAL (
        SELECT r.metric
        FROM unnest($reach_metrics::VARCHAR[]) WITH ORDINALITY AS r(metric, place)
        WHERE EXISTS (SELECT 1 FROM channel_metric cm
                      WHERE (cm.channel_id, cm.metric) = (ch.id, r.metric)
                        AND cm.period_start BETWEEN $start::DATE AND $end::DATE)
        ORDER BY r.place
        LIMIT 1
    ) m
),
sums AS MATERIALIZED (  -- (the chosen metric's figures only, along the index, summed per
                       -- target group; NULL: the channel's figures that name none)
    SELECT c.channel_id, c.metric, s.audience_id, s.value, s.latest, s.illustrative
    FROM chosen c
    CROSS JOIN LATERAL (
        SELECT cm.audience_id, sum(cm.value) AS value, max(cm.period_start) AS latest,
               bool_or(cm.illustrative) AS illustrative
        FROM channel_metric cm
        WHERE cm.channel_id = c.channel_id
          AND cm.metric = c.metric
          AND cm.period_start >= $start::DATE
          AND cm.period_start <= $end::DATE
        GROUP BY cm.audience_id
    ) s
),
channel_sums AS (
    SELECT channel_id, min(metric) AS metric, sum(value) AS value, max(latest) AS latest,
           bool_or(illustrative) AS illustrative
    FROM sums
    GROUP BY channel_id
),
figure AS (  -- (per target group, and whole: the channel's, all groups' figures; a
             -- stock's: the sum of the figures on the latest date, a probe of the index)
    SELECT t.channel_id, t.audience_id, t.whole, t.illustrative,
           CASE WHEN t.metric = ANY($stocks)
                THEN (SELECT sum(cm.value)
                      FROM channel_metric cm
                      WHERE cm.channel_id = t.channel_id AND cm.metric = t.metric
                        AND cm.period_start = t.latest
                        AND (t.whole OR cm.audience_id = t.audience_id))
                ELSE t.value END AS value
    FROM (
        SELECT channel_id, metric, audience_id, value, latest, illustrative, false AS whole
        FROM sums
        WHERE audience_id IS NOT NULL
        UNION ALL
        SELECT channel_id, metric, NULL, value, latest, illustrative, true
        FROM channel_sums
    ) t
),
channel_figure AS (
    SELECT channel_id, value, illustrative FROM figure WHERE whole
),
audience_figure AS (
    SELECT channel_id, audience_id, value FROM figure WHERE NOT whole
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
