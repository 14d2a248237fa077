-- Channel figures from the staged upload (temp table stage). The channel is the
-- file's own column or, for a tool's export, the one the user confirmed ($channel).
-- A file whose dates are all the 1st of a month covers whole months (that is how
-- monthly figures are written down); otherwise a row without period_end is one day.
-- Parameters: $org_id, $plan_id, $channel, $mark, $slash, $today, $sum_rows.
-- Names are looked up once per distinct (channel, metric, target group) cell, not
-- once per row: a large file has a million rows and a few hundred such names.
CREATE OR REPLACE TEMP TABLE upload_names AS
WITH cells AS (
    SELECT DISTINCT channel AS raw_channel, metric AS raw_metric, audience AS raw_audience
    FROM stage
),
named AS (
    SELECT *,
           coalesce(pp_text(raw_channel), pp_text($channel)) AS channel_name,
           pp_text(raw_audience) AS audience_name,
           lower(pp_text(raw_metric)) AS metric_word
    FROM cells
)
SELECT CAST(row_number() OVER () AS INTEGER) AS name_row,
       n.raw_channel, n.raw_metric, n.raw_audience, n.channel_name, n.audience_name,
       w.metric_id AS metric, c.id AS channel_id, a.id AS audience_id,
       lower(n.channel_name) AS channel_key, lower(coalesce(n.audience_name, '')) AS audience_key,
       -- one number per figure's (channel, metric, target group) as the duplicate rule
       -- compares them (case aside), so that rule need not look the names up per row
       CAST(CASE WHEN w.metric_id IS NOT NULL THEN dense_rank() OVER (
                ORDER BY lower(n.channel_name), w.metric_id, lower(coalesce(n.audience_name, '')))
            END AS INTEGER) AS figure_key
FROM named n
LEFT JOIN metric_words w ON w.word = n.metric_word
LEFT JOIN channel c ON c.organisation_id = $org_id AND lower(c.name) = lower(n.channel_name)
LEFT JOIN audience a ON a.organisation_id = $org_id AND lower(a.name) = lower(n.audience_name);

-- Each distinct date cell is read once (a large file has a million rows and a few
-- thousand dates); the rows take theirs from here by a join.
CREATE OR REPLACE TEMP TABLE upload_dates AS
SELECT date AS raw_date, pp_date(date, $slash) AS period_start
FROM (SELECT DISTINCT date FROM stage);

CREATE OR REPLACE TEMP TABLE parsed AS
WITH shape AS (
    -- Are the dates all the 1st of a month? (bool_and skips the unreadable ones.)
    SELECT coalesce(bool_and(day(period_start) = 1), false) AS monthly FROM upload_dates
),
base AS (
    -- The names stay in upload_names: a row keeps their number only (a large file
    -- would otherwise hold eight more columns per row through the whole check).
    SELECT
        s.seq,
        s.line,
        n.name_row,
        n.figure_key,
        d.period_start,
        pp_date(s.period_end, $slash) AS period_end_given,
        pp_number(s.value, $mark) AS value,
        pp_number(s.sample_size, $mark) AS sample_size,
        pp_text(s.goal_id) AS goal_id,
        pp_text(s.measure_id) AS measure_id,
        pp_text(s.note) AS note,
        -- the cells as written, for the problem report (no second pass over stage)
        s.date AS raw_date, s.period_end AS raw_period_end,
        s.value AS raw_value, s.sample_size AS raw_sample_size, s.extra
    FROM stage s
    JOIN upload_dates d ON d.raw_date IS NOT DISTINCT FROM s.date
    JOIN upload_names n
      ON n.raw_channel IS NOT DISTINCT FROM s.channel
     AND n.raw_metric IS NOT DISTINCT FROM s.metric
     AND n.raw_audience IS NOT DISTINCT FROM s.audience
)
SELECT
    b.*,
    coalesce(b.period_end_given,
             CASE WHEN shape.monthly THEN last_day(b.period_start) ELSE b.period_start END)
        AS period_end
FROM base b
CROSS JOIN shape;

CREATE OR REPLACE TEMP VIEW parsed_named AS
SELECT p.* EXCLUDE (name_row, figure_key), n.channel_name, n.metric, n.audience_name,
       n.raw_metric, n.channel_id, n.audience_id, n.channel_key, n.audience_key
FROM parsed p JOIN upload_names n USING (name_row);

CREATE OR REPLACE TEMP TABLE problems AS
SELECT seq, line, 'channel' AS field, '' AS value, 'missing_channel' AS code
FROM parsed_named WHERE channel_name IS NULL
UNION ALL
SELECT p.seq, p.line, 'date', p.raw_date,
       CASE WHEN pp_text(p.raw_date) IS NULL THEN 'missing_value' ELSE pp_date_problem(p.raw_date, $slash) END
FROM parsed p WHERE p.period_start IS NULL
UNION ALL
SELECT p.seq, p.line, 'date', p.raw_date, 'future_date'
FROM parsed p WHERE p.period_start > $today
UNION ALL
SELECT p.seq, p.line, 'period_end', p.raw_period_end, pp_date_problem(p.raw_period_end, $slash)
FROM parsed p
WHERE pp_text(p.raw_period_end) IS NOT NULL AND p.period_end_given IS NULL
UNION ALL
SELECT p.seq, p.line, 'period_end', p.raw_period_end, 'end_before_start'
FROM parsed p WHERE p.period_end < p.period_start
UNION ALL
SELECT p.seq, p.line, 'metric', p.raw_metric,
       CASE WHEN pp_text(p.raw_metric) IS NULL THEN 'missing_value' ELSE 'unknown_metric' END
FROM parsed_named p WHERE p.metric IS NULL
UNION ALL
SELECT p.seq, p.line, 'value', p.raw_value,
       CASE WHEN pp_text(p.raw_value) IS NULL THEN 'missing_value' ELSE 'bad_number' END
FROM parsed p WHERE p.value IS NULL
UNION ALL
SELECT p.seq, p.line, 'value', p.raw_value, 'negative_value'
FROM parsed p WHERE p.value < 0
UNION ALL
-- a survey's sample size (utvalg, antall svar): a whole number of answers, 1 or more
SELECT p.seq, p.line, 'sample_size', p.raw_sample_size, 'bad_sample_size'
FROM parsed p
WHERE pp_text(p.raw_sample_size) IS NOT NULL
  AND (p.sample_size IS NULL OR p.sample_size < 1 OR p.sample_size <> round(p.sample_size))
UNION ALL
SELECT seq, line, 'goal_id', goal_id, 'unknown_goal' FROM parsed
WHERE goal_id IS NOT NULL AND goal_id NOT IN (SELECT id FROM goal WHERE plan_id = $plan_id)
UNION ALL
SELECT seq, line, 'measure_id', measure_id, 'unknown_measure' FROM parsed
WHERE measure_id IS NOT NULL AND measure_id NOT IN (
    SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = $plan_id)
UNION ALL
-- Rows of an export that are parts of one figure (posts of a day) are summed below.
-- Only rows whose key hashes alike with another row's are numbered (exactly, below).
-- figure_key stands for (channel, metric, target group), and is NULL without a metric.
SELECT seq, line, 'date', strftime(period_start, '%d.%m.%Y'), 'duplicate_row'
FROM (SELECT seq, line, period_start,
             row_number() OVER (PARTITION BY figure_key, period_start, period_end
                                ORDER BY seq) AS n
      FROM parsed
      WHERE period_start IS NOT NULL AND figure_key IS NOT NULL AND NOT $sum_rows
        AND hash(figure_key, period_start, period_end) IN (
            SELECT hash(figure_key, period_start, period_end)
            FROM parsed
            WHERE period_start IS NOT NULL AND figure_key IS NOT NULL AND NOT $sum_rows
            GROUP BY 1 HAVING count(*) > 1))
WHERE n > 1
UNION ALL
SELECT seq, line, '', CAST(extra AS VARCHAR), 'extra_fields' FROM parsed WHERE extra > 0;

-- A row keeps the number of its names (name_row), not the names themselves: view
-- actions_named below puts them back for the preview and the write.
CREATE OR REPLACE TEMP TABLE actions AS
WITH valid AS (
    SELECT p.seq, p.line, p.name_row, p.period_start, p.period_end_given, n.metric,
           p.value, CAST(p.sample_size AS INTEGER) AS sample_size,
           p.goal_id, p.measure_id, p.note, p.period_end,
           n.channel_id, n.audience_id
    FROM parsed p JOIN upload_names n USING (name_row)
    WHERE p.seq NOT IN (SELECT seq FROM problems)
),
figures AS (
    SELECT * FROM valid WHERE NOT $sum_rows
    UNION ALL BY NAME
    -- the names of one of the group's rows (they differ in case at most)
    SELECT min(v.seq) AS seq, min(v.line) AS line, any_value(v.name_row) AS name_row,
           v.period_start, any_value(v.period_end_given) AS period_end_given, v.metric,
           sum(v.value) AS value, max(v.sample_size) AS sample_size,
           any_value(v.goal_id) AS goal_id, any_value(v.measure_id) AS measure_id,
           string_agg(v.note, '; ') AS note, v.period_end, v.channel_id, v.audience_id
    FROM valid v JOIN upload_names n USING (name_row)
    WHERE $sum_rows
    GROUP BY n.channel_key, v.channel_id, v.period_start, v.period_end, v.metric,
             n.audience_key, v.audience_id
),
existing AS (
    -- Only the upload's own channels can match (and the window stays small).
    SELECT id, channel_id, period_start, period_end, metric, audience_id, value, sample_size
    FROM channel_metric
    WHERE channel_id IN (SELECT channel_id FROM upload_names)
    QUALIFY row_number() OVER (PARTITION BY channel_id, period_start, period_end, metric,
                               audience_id ORDER BY id DESC) = 1
)
SELECT
    p.*,
    e.id AS existing_id,
    CASE WHEN e.id IS NULL THEN 'added'
         WHEN e.value = p.value AND (p.sample_size IS NULL OR e.sample_size = p.sample_size)
             THEN 'unchanged'
         ELSE 'changed' END AS action,
    false AS history_only
FROM figures p
LEFT JOIN existing e
       ON e.channel_id = p.channel_id AND e.period_start = p.period_start
      AND e.period_end = p.period_end AND e.metric = p.metric
      AND e.audience_id IS NOT DISTINCT FROM p.audience_id;

-- The figures with their names, the columns in the order the preview shows them.
CREATE OR REPLACE TEMP VIEW actions_named AS
SELECT a.seq, a.line, n.channel_name, a.period_start, a.period_end_given, a.metric, a.value,
       a.sample_size, n.audience_name, a.goal_id, a.measure_id, a.note, a.period_end,
       a.channel_id, a.audience_id, n.channel_key, n.audience_key, a.existing_id, a.action,
       a.history_only
FROM actions a JOIN upload_names n USING (name_row)
