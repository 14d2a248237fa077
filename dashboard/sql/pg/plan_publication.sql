-- PostgreSQL variant of ../plan_publication.sql (DuckDB's arg_max of a struct is
-- DISTINCT ON here: the plan's latest publish or unpublish row, by id).
SELECT p.id AS plan_id,
       coalesce(l.published, false) AS published,
       l.changed_at AS changed_at,
       l.changed_by AS changed_by,
       l.import_batch_id AS batch_id
FROM plan p
JOIN (SELECT DISTINCT ON (plan_id) plan_id, published, changed_at, changed_by, import_batch_id
      FROM plan_publication
      WHERE plan_id = $plan_id
      ORDER BY plan_id, id DESC) l ON l.plan_id = p.id
WHERE p.id = $plan_id
