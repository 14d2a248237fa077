-- Every plan with its organisation, for the plan picker and page headers.
SELECT
    p.id,
    p.name,
    p.organisation_id,
    o.name AS organisation,
    p.period_start,
    p.period_end,
    p.description,
    p.note,
    p.source_document,
    (SELECT count(*) FROM goal g WHERE g.plan_id = p.id) AS goals,
    (SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = p.id
                                  AND m.archived_at IS NULL)
        AS measures
FROM plan p
JOIN organisation o ON o.id = p.organisation_id
ORDER BY p.period_end DESC NULLS LAST, p.name
