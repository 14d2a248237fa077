-- Which measure would wait on which after a measures upload for plan $plan_id: the
-- file's rows (their seq and line) where it has the depends_on column, and the plan's
-- stored dependencies of the measures the file does not rewrite (no seq, no line).
SELECT measure_id, unnest(depends_ids) AS depends_on, seq, line
FROM parsed
WHERE measure_id IS NOT NULL AND $depends_given
UNION ALL
SELECT d.measure_id, d.depends_on, NULL, NULL
FROM measure_dependency d
JOIN measure m ON m.id = d.measure_id
JOIN goal g ON g.id = m.goal_id
WHERE g.plan_id = $plan_id
  AND (NOT $depends_given
       OR d.measure_id NOT IN (SELECT measure_id FROM parsed WHERE measure_id IS NOT NULL))
