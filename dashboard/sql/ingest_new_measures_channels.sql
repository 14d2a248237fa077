-- Channels a measures upload would create: named in the file, not known in the plan's organisation.
SELECT DISTINCT n
FROM (SELECT unnest(channel_names) AS n,
             (SELECT organisation_id FROM plan WHERE id = $plan_id) AS org
      FROM parsed)
WHERE lower(n) NOT IN (SELECT lower(name) FROM channel WHERE organisation_id = org)
ORDER BY 1
