-- Status updates from the staged upload (temp table stage): parse every cell,
-- then mark each row added, changed or unchanged against the plan's history.
-- Parameters: $plan_id, $mark (decimal mark), $slash (dmy/mdy/NULL), $scale
-- (100 when the progress column holds fractions), $by (the uploader), $initial_status
-- (what a measure shows before its first update). Each status's default progress
-- comes with its words (temp table status_words, from dashboard/labels.py).
CREATE OR REPLACE TEMP TABLE parsed AS
WITH latest AS (
    SELECT measure_id, arg_max(progress, update_date) AS progress,
           arg_max(status, update_date) AS status, max(update_date) AS update_date
    FROM status_update GROUP BY measure_id
)
SELECT
    s.seq,
    s.line,
    pp_text(s.measure_id) AS measure_id,
    pp_date(s.date, $slash) AS update_date,
    w.status_id AS status,
    coalesce(
        pp_progress(s.progress, $mark, $scale),
        w.default_progress,
        l.progress,
        0
    ) AS progress,
    pp_text(s.comment) AS comment,
    coalesce(pp_text(s.reported_by), $by) AS reported_by,
    m.id IS NOT NULL AS known_measure,
    l.update_date AS latest_date,
    -- A row without a date that says only what the measure already shows (the status
    -- template's row for a measure never reported: Ikke startet, 0 %) is unchanged.
    coalesce(pp_text(s.date) IS NULL AND pp_text(s.comment) IS NULL
        AND w.status_id = coalesce(l.status, $initial_status)
        AND coalesce(pp_progress(s.progress, $mark, $scale), l.progress, 0)
            = coalesce(l.progress, 0), false) AS echo,
    -- the cells as written, for the problem report (no second pass over stage)
    s.measure_id AS raw_measure_id, s.date AS raw_date, s.status AS raw_status,
    s.progress AS raw_progress, s.comment AS raw_comment, s.extra
FROM stage s
LEFT JOIN status_words w ON w.word = lower(pp_text(s.status))
LEFT JOIN (SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id
           WHERE g.plan_id = $plan_id AND m.archived_at IS NULL) m ON m.id = pp_text(s.measure_id)
LEFT JOIN latest l ON l.measure_id = pp_text(s.measure_id);

CREATE OR REPLACE TEMP TABLE problems AS
SELECT p.seq, p.line, 'measure_id' AS field, p.raw_measure_id AS value,
       CASE WHEN pp_text(p.raw_measure_id) IS NULL THEN 'missing_value'
            WHEN EXISTS (SELECT 1 FROM measure x JOIN goal g ON g.id = x.goal_id
                         WHERE x.id = p.measure_id AND g.plan_id = $plan_id) THEN 'measure_archived'
            WHEN EXISTS (SELECT 1 FROM measure x WHERE x.id = p.measure_id) THEN 'measure_other_plan'
            ELSE 'unknown_measure' END AS code
FROM parsed p WHERE NOT p.known_measure
UNION ALL
SELECT p.seq, p.line, 'date', p.raw_date,
       CASE WHEN pp_text(p.raw_date) IS NULL THEN 'missing_value' ELSE pp_date_problem(p.raw_date, $slash) END
FROM parsed p WHERE p.update_date IS NULL AND NOT (p.echo AND p.known_measure)
UNION ALL
SELECT p.seq, p.line, 'date', p.raw_date, 'future_date'
FROM parsed p WHERE p.update_date > $today
UNION ALL
SELECT p.seq, p.line, 'status', p.raw_status,
       CASE WHEN pp_text(p.raw_status) IS NULL THEN 'missing_value' ELSE 'bad_status' END
FROM parsed p WHERE p.status IS NULL
UNION ALL
SELECT p.seq, p.line, 'progress', p.raw_progress, 'bad_number'
FROM parsed p WHERE pp_text(p.raw_progress) IS NOT NULL AND pp_number(p.raw_progress, $mark) IS NULL
UNION ALL
SELECT p.seq, p.line, 'progress', p.raw_progress, 'progress_range'
FROM parsed p WHERE p.progress < 0 OR p.progress > 100
UNION ALL
SELECT p.seq, p.line, 'comment', left(p.raw_comment, 60) || '…', 'comment_too_long'
FROM parsed p WHERE length(pp_text(p.raw_comment)) > $comment_max
UNION ALL
SELECT seq, line, 'measure_id', measure_id || ' ' || strftime(update_date, '%d.%m.%Y'), 'duplicate_row'
FROM (SELECT seq, line, measure_id, update_date,
             row_number() OVER (PARTITION BY measure_id, update_date ORDER BY seq) AS n
      FROM parsed WHERE measure_id IS NOT NULL AND update_date IS NOT NULL)
WHERE n > 1
UNION ALL
SELECT seq, line, '', CAST(extra AS VARCHAR), 'extra_fields' FROM parsed WHERE extra > 0;

CREATE OR REPLACE TEMP TABLE actions AS
SELECT
    p.*,
    CASE
        WHEN p.echo THEN 'unchanged'
        WHEN EXISTS (SELECT 1 FROM status_update u
                     WHERE u.measure_id = p.measure_id AND u.update_date = p.update_date
                       AND u.status = p.status AND u.progress = p.progress
                       -- an empty comment in the file says nothing new
                       AND (p.comment IS NULL OR coalesce(u.comment, '') = p.comment))
            THEN 'unchanged'
        WHEN EXISTS (SELECT 1 FROM status_update u
                     WHERE u.measure_id = p.measure_id AND u.update_date = p.update_date)
            THEN 'changed'
        ELSE 'added'
    END AS action,
    coalesce(p.update_date < p.latest_date, false) AS history_only
FROM parsed p
WHERE p.seq NOT IN (SELECT seq FROM problems);
