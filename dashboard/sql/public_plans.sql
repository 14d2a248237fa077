-- The plans anyone may read (/status): published as things stand and not archived,
-- with what their public page heads with. $plan_id NULL: all of them, by name.
WITH latest AS (
    SELECT plan_id, arg_max({'published': published, 'changed_at': changed_at}, id) AS u
    FROM plan_publication
    GROUP BY plan_id
)
SELECT p.id, p.name, o.name AS organisation, p.period_start, p.period_end,
       l.u.changed_at AS published_at
FROM plan p
JOIN latest l ON l.plan_id = p.id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE l.u.published AND p.archived_at IS NULL
  AND ($plan_id::VARCHAR IS NULL OR p.id = $plan_id)
ORDER BY p.name, p.id
