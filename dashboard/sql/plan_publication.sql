-- Each plan's publication as it stands: the latest publish or unpublish row (the
-- rows of undone batches are gone), for the plan $plan_id.
SELECT p.id AS plan_id,
       coalesce(l.u.published, false) AS published,
       l.u.changed_at AS changed_at,
       l.u.changed_by AS changed_by,
       l.u.import_batch_id AS batch_id
FROM plan p
JOIN (SELECT plan_id,
             arg_max({'published': published, 'changed_at': changed_at,
                      'changed_by': changed_by, 'import_batch_id': import_batch_id}, id) AS u
      FROM plan_publication
      WHERE plan_id = $plan_id
      GROUP BY plan_id) l ON l.plan_id = p.id
WHERE p.id = $plan_id
