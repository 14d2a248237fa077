-- The scope a measures file gives each channel it would create (its channel_scope
-- column): the preview offers it as the default choice.
SELECT n, any_value(scope_given)
FROM (SELECT unnest(channel_names) AS n, scope_given FROM parsed WHERE scope_given IS NOT NULL)
WHERE lower(n) NOT IN (SELECT lower(c.name) FROM channel c JOIN plan p
                       ON p.organisation_id = c.organisation_id WHERE p.id = $plan_id)
GROUP BY n
