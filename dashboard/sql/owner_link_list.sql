-- The owner links of a plan, newest first, with their state on $at (never the hash).
SELECT l.id, l.owner_id, coalesce(o.name, l.owner_name) AS owner, l.created_at, l.created_by,
       l.expires_at, l.revoked_at, l.revoked_by, l.last_used_at,
       CASE WHEN l.revoked_at IS NOT NULL THEN 'revoked'
            WHEN l.expires_at <= $at THEN 'expired'
            ELSE 'live' END AS state
FROM owner_link l
LEFT JOIN owner o ON o.id = l.owner_id
WHERE l.plan_id = $plan_id
ORDER BY l.created_at DESC, l.id
