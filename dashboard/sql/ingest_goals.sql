-- Goals from the staged upload. A row's plan is its own plan column (id or name)
-- or, without one, the plan the upload was made for ($plan_id).
CREATE OR REPLACE TEMP TABLE parsed AS
SELECT
    s.seq,
    s.line,
    CASE WHEN pp_text(s.plan) IS NULL THEN $plan_id ELSE pl.id END AS plan_id,
    pp_text(s.goal_id) AS goal_id,
    pp_text(s.title) AS title,
    pp_text(s.description) AS description,
    TRY_CAST(pp_number(s.sort_order, $mark) AS INTEGER) AS sort_order_given,
    pp_text(s.parent_goal) AS parent_goal_given
FROM stage s
LEFT JOIN plan pl ON pl.id = pp_text(s.plan) OR lower(pl.name) = lower(pp_text(s.plan));

-- The parent goal ("overordnet mål"): a goal of the plan's parent plan, by id or title.
CREATE OR REPLACE TEMP TABLE parsed AS
SELECT p.*, pp.parent_id AS parent_plan_id,
       coalesce(
           (SELECT pg.id FROM goal pg
            WHERE pg.plan_id = pp.parent_id AND pg.id = p.parent_goal_given),
           (SELECT min(pg.id) FROM goal pg
            WHERE pg.plan_id = pp.parent_id
              AND lower(pg.title) = lower(p.parent_goal_given))
       ) AS parent_goal_id
FROM parsed p
LEFT JOIN plan pp ON pp.id = p.plan_id;

CREATE OR REPLACE TEMP TABLE problems AS
SELECT seq, line, 'goal_id' AS field, '' AS value, 'missing_value' AS code
FROM parsed WHERE goal_id IS NULL
UNION ALL
SELECT seq, line, 'title', '', 'missing_value' FROM parsed WHERE title IS NULL
UNION ALL
SELECT s.seq, s.line, 'plan', s.plan, 'unknown_plan'
FROM stage s JOIN parsed p USING (seq) WHERE p.plan_id IS NULL
UNION ALL
SELECT p.seq, p.line, 'goal_id', p.goal_id, 'goal_other_plan'
FROM parsed p JOIN goal g ON g.id = p.goal_id WHERE g.plan_id <> p.plan_id
UNION ALL
SELECT p.seq, p.line, 'parent_goal', p.parent_goal_given,
       CASE WHEN p.parent_plan_id IS NULL THEN 'parent_goal_no_parent_plan'
            ELSE 'parent_goal_not_in_parent' END
FROM parsed p
WHERE p.plan_id IS NOT NULL AND p.parent_goal_given IS NOT NULL AND p.parent_goal_id IS NULL
UNION ALL
SELECT s.seq, s.line, 'sort_order', s.sort_order, 'bad_number'
FROM stage s JOIN parsed p USING (seq)
WHERE pp_text(s.sort_order) IS NOT NULL AND p.sort_order_given IS NULL
UNION ALL
SELECT seq, line, 'goal_id', goal_id, 'duplicate_row'
FROM (SELECT seq, line, goal_id,
             row_number() OVER (PARTITION BY goal_id ORDER BY seq) AS n
      FROM parsed WHERE goal_id IS NOT NULL)
WHERE n > 1
UNION ALL
SELECT seq, line, '', CAST(extra AS VARCHAR), 'extra_fields' FROM stage WHERE extra > 0;

CREATE OR REPLACE TEMP TABLE actions AS
SELECT
    p.seq, p.line, p.plan_id, p.goal_id, p.title, p.description, p.parent_goal_id,
    coalesce(p.sort_order_given, g.sort_order,
             (SELECT coalesce(max(sort_order), 0) FROM goal WHERE plan_id = p.plan_id)
             + row_number() OVER (PARTITION BY p.plan_id, g.id IS NULL ORDER BY p.seq))
        AS sort_order,
    CASE
        WHEN g.id IS NULL THEN 'added'
        WHEN g.plan_id = p.plan_id AND g.title = p.title
             AND coalesce(g.description, '') = coalesce(p.description, '')
             AND g.sort_order = coalesce(p.sort_order_given, g.sort_order)
             AND g.parent_goal_id IS NOT DISTINCT FROM p.parent_goal_id THEN 'unchanged'
        ELSE 'changed'
    END AS action,
    false AS history_only
FROM parsed p
LEFT JOIN goal g ON g.id = p.goal_id
WHERE p.seq NOT IN (SELECT seq FROM problems);
