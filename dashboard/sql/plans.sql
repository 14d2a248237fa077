-- The plans with organisation, period, reporting cadence, parent and size. Readers'
-- pickers and page headers leave archived plans out ($include_archived false); the
-- secretariat's list (Kom i gang, `plans list`) has them too, after the plans in use.
SELECT
    p.id,
    p.name,
    p.organisation_id,
    o.name AS organisation,
    p.period_start,
    p.period_end,
    p.cadence_days,
    p.parent_id,
    p.description,
    p.note,
    p.source_document,
    p.archived_at,
    p.archived_by,
    p.import_batch_id,
    (SELECT count(*) FROM goal g WHERE g.plan_id = p.id) AS goals,
    (SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = p.id
                                  AND m.archived_at IS NULL)
        AS measures
FROM plan p
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE $include_archived OR p.archived_at IS NULL
ORDER BY p.archived_at IS NOT NULL, p.period_end DESC NULLS LAST, p.name
