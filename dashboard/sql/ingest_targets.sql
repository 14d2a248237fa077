-- Goal targets from the staged upload: one target per goal, channel, metric and
-- period start. A cell may name several channels ("Nettside, LinkedIn" or with |):
-- the row then sets one target per channel. An unknown channel is created on
-- commit (the preview lists it and asks whether it is internal or external).
-- The goal is a goal id or title of plan $plan_id. An empty direction keeps the
-- target's own, or is "up" for a new one.
-- Parameters: $plan_id, $org_id, $mark, $slash.
CREATE OR REPLACE TEMP TABLE parsed_rows AS
SELECT
    s.seq,
    s.line,
    pp_text(s.goal_id) AS goal_given,
    list_filter(list_transform(regexp_split_to_array(coalesce(s.channel, ''), '[,|;]'),
                               lambda x: pp_text(x)), lambda x: x IS NOT NULL) AS channel_names,
    w.metric_id AS metric,
    pp_date(s.period_start, $slash) AS period_start,
    pp_date(s.period_end, $slash) AS period_end,
    pp_number(s.target, $mark) AS target,
    d.direction AS direction_given,
    g.id AS goal_id,
    s.goal_id AS raw_goal, s.channel AS raw_channel, s.metric AS raw_metric,
    s.period_start AS raw_start, s.period_end AS raw_end, s.target AS raw_target,
    s.direction AS raw_direction, s.extra
FROM stage s
LEFT JOIN metric_words w ON w.word = lower(pp_text(s.metric))
LEFT JOIN direction_words d ON d.word = lower(pp_text(s.direction))
LEFT JOIN goal g ON g.plan_id = $plan_id
     AND (g.id = pp_text(s.goal_id) OR lower(g.title) = lower(pp_text(s.goal_id)))
QUALIFY row_number() OVER (PARTITION BY s.seq ORDER BY (g.id = pp_text(s.goal_id)) DESC) = 1;

CREATE OR REPLACE TEMP TABLE parsed AS
SELECT r.* EXCLUDE (channel_names), n.channel_name, c.id AS channel_id
FROM parsed_rows r
CROSS JOIN unnest(CASE WHEN len(r.channel_names) = 0 THEN [NULL::VARCHAR]
                       ELSE r.channel_names END) AS n(channel_name)
LEFT JOIN channel c ON c.organisation_id = $org_id
     AND lower(c.name) = lower(n.channel_name);

CREATE OR REPLACE TEMP TABLE problems AS
SELECT r.seq, r.line, 'goal_id' AS field, coalesce(r.raw_goal, '') AS value,
       CASE WHEN r.goal_given IS NULL THEN 'missing_value'
            WHEN EXISTS (SELECT 1 FROM goal x WHERE x.id = r.goal_given) THEN 'target_goal_other_plan'
            ELSE 'unknown_goal' END AS code
FROM parsed_rows r WHERE r.goal_id IS NULL
UNION ALL
SELECT seq, line, 'channel', '', 'missing_value' FROM parsed_rows WHERE len(channel_names) = 0
UNION ALL
SELECT seq, line, 'metric', coalesce(raw_metric, ''),
       CASE WHEN pp_text(raw_metric) IS NULL THEN 'missing_value' ELSE 'unknown_metric' END
FROM parsed_rows WHERE metric IS NULL
UNION ALL
SELECT seq, line, 'period_start', coalesce(raw_start, ''),
       CASE WHEN pp_text(raw_start) IS NULL THEN 'missing_value'
            ELSE pp_date_problem(raw_start, $slash) END
FROM parsed_rows WHERE period_start IS NULL
UNION ALL
SELECT seq, line, 'period_end', coalesce(raw_end, ''),
       CASE WHEN pp_text(raw_end) IS NULL THEN 'missing_value'
            ELSE pp_date_problem(raw_end, $slash) END
FROM parsed_rows WHERE period_end IS NULL
UNION ALL
SELECT seq, line, 'period_end', raw_end, 'end_before_start'
FROM parsed_rows WHERE period_end < period_start
UNION ALL
SELECT seq, line, 'target', coalesce(raw_target, ''),
       CASE WHEN pp_text(raw_target) IS NULL THEN 'missing_value' ELSE 'bad_number' END
FROM parsed_rows WHERE target IS NULL
UNION ALL
SELECT seq, line, 'target', raw_target, 'negative_value' FROM parsed_rows WHERE target < 0
UNION ALL
SELECT seq, line, 'direction', raw_direction, 'bad_direction'
FROM parsed_rows WHERE pp_text(raw_direction) IS NOT NULL AND direction_given IS NULL
UNION ALL
SELECT seq, line, 'goal_id', goal_id || ' · ' || channel_name, 'duplicate_row'
FROM (SELECT seq, line, goal_id, channel_name,
             row_number() OVER (PARTITION BY goal_id, lower(channel_name), metric, period_start
                                ORDER BY seq) AS n
      FROM parsed
      WHERE goal_id IS NOT NULL AND channel_name IS NOT NULL AND metric IS NOT NULL
        AND period_start IS NOT NULL)
WHERE n > 1
UNION ALL
SELECT seq, line, '', CAST(extra AS VARCHAR), 'extra_fields' FROM parsed_rows WHERE extra > 0;

CREATE OR REPLACE TEMP TABLE actions AS
SELECT
    p.seq, p.line, p.goal_id, g.title AS goal_title, p.channel_name, p.channel_id, p.metric,
    p.period_start, p.period_end, p.target,
    coalesce(p.direction_given, k.direction, 'up') AS direction,
    k.target AS previous_target, k.direction AS previous_direction,
    CASE WHEN k.goal_id IS NULL THEN 'added'
         WHEN k.target = p.target AND k.period_end = p.period_end
              AND k.direction = coalesce(p.direction_given, k.direction) THEN 'unchanged'
         ELSE 'changed' END AS action,
    false AS history_only
FROM parsed p
JOIN goal g ON g.id = p.goal_id
LEFT JOIN goal_kpi k ON k.goal_id = p.goal_id AND k.channel_id = p.channel_id
     AND k.metric = p.metric AND k.period_start = p.period_start
WHERE p.seq NOT IN (SELECT seq FROM problems)
ORDER BY p.seq, p.channel_name;
