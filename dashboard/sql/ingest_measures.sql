-- Measures from the staged upload, with their owners, channels and target groups
-- by name (new names are created on commit), and, when the file carries a status
-- (a Jira, Asana, monday.com or Planner export), a status update where it differs
-- from the measure's latest one. The goal is a goal id or title of plan $plan_id.
-- A row may also say whether its channels are internal or external (channel_scope)
-- and give its owner's e-mail: a difference there is a change too (the channel or
-- owner keeps its previous row for undo).
CREATE OR REPLACE TEMP TABLE parsed AS
WITH base AS (
    SELECT
        s.seq,
        s.line,
        pp_text(s.measure_id) AS measure_id,
        pp_text(s.goal_id) AS goal_given,
        pp_text(s.title) AS title,
        pp_text(s.owner) AS owner_name,
        list_sort(list_distinct(list_filter(
            list_transform(regexp_split_to_array(coalesce(s.channels, ''), '[,|;]'),
                           lambda x: pp_text(x)), lambda x: x IS NOT NULL))) AS channel_names,
        list_sort(list_distinct(list_filter(
            list_transform(regexp_split_to_array(coalesce(s.audiences, ''), '[,|;]'),
                           lambda x: pp_text(x)), lambda x: x IS NOT NULL))) AS audience_names,
        pp_date(s.start, $slash) AS start_date,
        pp_date(s.due, $slash) AS due_date,
        coalesce(pp_number(s.weight, $mark), CASE WHEN pp_text(s.weight) IS NULL THEN 1 END)
            AS weight,
        w.status_id AS status,
        pp_progress(s.progress, $mark, $scale) AS progress_given,
        coalesce(pp_date(s.updated, $slash), $today) AS status_date,
        pp_text(s.comment) AS comment,
        sw.scope AS scope_given,
        pp_text(s.owner_email) AS owner_email,
        list_sort(list_distinct(list_filter(
            list_transform(regexp_split_to_array(coalesce(s.depends_on, ''), '[,|;]'),
                           lambda x: pp_text(x)), lambda x: x IS NOT NULL))) AS depends_ids
    FROM stage s
    LEFT JOIN status_words w ON w.word = lower(pp_text(s.status))
    LEFT JOIN scope_words sw ON sw.word = lower(pp_text(s.channel_scope))
)
SELECT
    b.*,
    g.id AS goal_id,
    o.id AS owner_id,
    o.email AS owner_email_before,
    list_sort(list_transform(b.channel_names, lambda x: lower(x))) AS channel_key,
    list_sort(list_transform(b.audience_names, lambda x: lower(x))) AS audience_key
FROM base b
LEFT JOIN goal g ON g.plan_id = $plan_id
     AND (g.id = b.goal_given OR lower(g.title) = lower(b.goal_given))
LEFT JOIN owner o ON o.organisation_id = $org_id AND lower(o.name) = lower(b.owner_name)
QUALIFY row_number() OVER (PARTITION BY b.seq ORDER BY (g.id = b.goal_given) DESC) = 1;

CREATE OR REPLACE TEMP TABLE problems AS
SELECT seq, line, 'measure_id' AS field, '' AS value, 'missing_value' AS code
FROM parsed WHERE measure_id IS NULL
UNION ALL
SELECT seq, line, 'title', '', 'missing_value' FROM parsed WHERE title IS NULL
UNION ALL
SELECT seq, line, 'goal_id', coalesce(goal_given, ''),
       CASE WHEN goal_given IS NULL THEN 'missing_value' ELSE 'unknown_goal' END
FROM parsed WHERE goal_id IS NULL
UNION ALL
SELECT p.seq, p.line, 'measure_id', p.measure_id, 'measure_other_plan'
FROM parsed p JOIN measure m ON m.id = p.measure_id JOIN goal g ON g.id = m.goal_id
WHERE g.plan_id <> $plan_id
UNION ALL
SELECT p.seq, p.line, 'measure_id', p.measure_id, 'measure_archived'
FROM parsed p JOIN measure m ON m.id = p.measure_id
WHERE m.archived_at IS NOT NULL
UNION ALL
SELECT s.seq, s.line, 'start', s.start, pp_date_problem(s.start, $slash)
FROM stage s JOIN parsed p USING (seq)
WHERE pp_text(s.start) IS NOT NULL AND p.start_date IS NULL
UNION ALL
SELECT s.seq, s.line, 'due', s.due, pp_date_problem(s.due, $slash)
FROM stage s JOIN parsed p USING (seq) WHERE pp_text(s.due) IS NOT NULL AND p.due_date IS NULL
UNION ALL
SELECT s.seq, s.line, 'due', s.due, 'due_before_start'
FROM stage s JOIN parsed p USING (seq) WHERE p.due_date < p.start_date
UNION ALL
SELECT s.seq, s.line, 'weight', s.weight, 'bad_number'
FROM stage s JOIN parsed p USING (seq) WHERE p.weight IS NULL
UNION ALL
SELECT s.seq, s.line, 'weight', s.weight, 'negative_value'
FROM stage s JOIN parsed p USING (seq) WHERE p.weight < 0
UNION ALL
SELECT s.seq, s.line, 'status', s.status, 'bad_status'
FROM stage s JOIN parsed p USING (seq) WHERE pp_text(s.status) IS NOT NULL AND p.status IS NULL
UNION ALL
SELECT s.seq, s.line, 'progress', s.progress, 'bad_number'
FROM stage s WHERE pp_text(s.progress) IS NOT NULL AND pp_number(s.progress, $mark) IS NULL
UNION ALL
SELECT s.seq, s.line, 'progress', s.progress, 'progress_range'
FROM stage s JOIN parsed p USING (seq) WHERE p.progress_given < 0 OR p.progress_given > 100
UNION ALL
SELECT s.seq, s.line, 'updated', s.updated, 'future_date'
FROM stage s JOIN parsed p USING (seq) WHERE p.status_date > $today
UNION ALL
SELECT s.seq, s.line, 'comment', left(s.comment, 60) || '…', 'comment_too_long'
FROM stage s WHERE length(pp_text(s.comment)) > $comment_max
UNION ALL
SELECT seq, line, 'measure_id', measure_id, 'duplicate_row'
FROM (SELECT seq, line, measure_id,
             row_number() OVER (PARTITION BY measure_id ORDER BY seq) AS n
      FROM parsed WHERE measure_id IS NOT NULL)
WHERE n > 1
UNION ALL
SELECT s.seq, s.line, 'channel_scope', s.channel_scope, 'bad_scope'
FROM stage s JOIN parsed p USING (seq)
WHERE pp_text(s.channel_scope) IS NOT NULL AND p.scope_given IS NULL
UNION ALL
SELECT seq, line, 'owner_email', owner_email, 'bad_email'
FROM parsed WHERE owner_email IS NOT NULL
  AND NOT regexp_full_match(owner_email, '[^@\s]+@[^@\s]+\.[^@\s]+')
UNION ALL
SELECT seq, line, 'owner_email', owner_email, 'email_without_owner'
FROM parsed WHERE owner_email IS NOT NULL AND owner_name IS NULL
UNION ALL
SELECT seq, line, 'depends_on', measure_id, 'dependency_self'
FROM parsed WHERE list_contains(depends_ids, measure_id)
UNION ALL
-- a measure waited on must be in the file or in this plan (issue 14)
SELECT d.seq, d.line, 'depends_on', d.dep,
       CASE WHEN g.plan_id IS NULL THEN 'unknown_dependency' ELSE 'dependency_other_plan' END
FROM (SELECT seq, line, unnest(depends_ids) AS dep FROM parsed) d
LEFT JOIN measure m ON m.id = d.dep
LEFT JOIN goal g ON g.id = m.goal_id
WHERE d.dep NOT IN (SELECT measure_id FROM parsed WHERE measure_id IS NOT NULL)
  AND g.plan_id IS DISTINCT FROM $plan_id
UNION ALL
SELECT seq, line, '', CAST(extra AS VARCHAR), 'extra_fields' FROM stage WHERE extra > 0;

CREATE OR REPLACE TEMP TABLE actions AS
WITH current_links AS (
    SELECT m.id,
           (SELECT list_sort(list(lower(c.name))) FROM measure_channel mc
            JOIN channel c ON c.id = mc.channel_id WHERE mc.measure_id = m.id) AS channel_key,
           (SELECT list_sort(list(lower(a.name))) FROM measure_audience ma
            JOIN audience a ON a.id = ma.audience_id WHERE ma.measure_id = m.id) AS audience_key,
           (SELECT list_sort(list(d.depends_on)) FROM measure_dependency d
            WHERE d.measure_id = m.id) AS depends_key
    FROM measure m
),
latest AS (
    SELECT measure_id, arg_max(status, update_date) AS status,
           arg_max(progress, update_date) AS progress
    FROM status_update GROUP BY measure_id
),
compared AS (
    SELECT
        p.*,
        m.id IS NOT NULL AS exists_already,
        m.id IS NOT NULL
            AND m.goal_id = p.goal_id AND m.title = p.title
            AND m.owner_id IS NOT DISTINCT FROM p.owner_id
            AND (p.owner_name IS NOT NULL OR m.owner_id IS NULL)
            AND m.start_date IS NOT DISTINCT FROM p.start_date
            AND m.due_date IS NOT DISTINCT FROM p.due_date
            AND m.weight = p.weight
            AND coalesce(cl.channel_key, []) = p.channel_key
            AND coalesce(cl.audience_key, []) = p.audience_key
            -- a file without the depends_on column leaves the dependencies as they are
            AND (NOT $depends_given OR coalesce(cl.depends_key, []) = p.depends_ids)
            AS same_fields,
        CASE
            WHEN p.status IS NULL THEN NULL
            ELSE coalesce(p.progress_given,
                          (SELECT any_value(w.default_progress) FROM status_words w
                           WHERE w.status_id = p.status),
                          l.progress, 0)
        END AS progress,
        p.status IS NOT NULL
            AND (l.status IS DISTINCT FROM p.status
                 OR l.progress IS DISTINCT FROM coalesce(p.progress_given, l.progress))
            AS new_status,
        (p.owner_email IS NOT NULL AND p.owner_id IS NOT NULL
         AND p.owner_email_before IS DISTINCT FROM p.owner_email)
        OR (p.scope_given IS NOT NULL AND EXISTS (
            SELECT 1 FROM channel c WHERE c.organisation_id = $org_id
            AND list_contains(p.channel_key, lower(c.name)) AND c.scope <> p.scope_given))
            AS extras_differ
    FROM parsed p
    LEFT JOIN measure m ON m.id = p.measure_id
    LEFT JOIN current_links cl ON cl.id = p.measure_id
    LEFT JOIN latest l ON l.measure_id = p.measure_id
    WHERE p.seq NOT IN (SELECT seq FROM problems)
)
SELECT
    *,
    CASE WHEN NOT exists_already THEN 'added'
         WHEN same_fields AND NOT new_status AND NOT extras_differ THEN 'unchanged'
         ELSE 'changed' END AS action,
    false AS history_only,
    $depends_given::BOOLEAN AS depends_given
FROM compared;
