-- The plans readers may choose (archived plans left out), for the plan picker and
-- page headers: organisation, period, reporting cadence, parent and size.
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
    (SELECT count(*) FROM goal g WHERE g.plan_id = p.id) AS goals,
    (SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = p.id
                                  AND m.archived_at IS NULL)
        AS measures
FROM plan p
JOIN organisation o ON o.id = p.organisation_id
WHERE p.archived_at IS NULL
ORDER BY p.period_end DESC NULLS LAST, p.name
