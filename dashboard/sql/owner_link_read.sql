-- One owner link by id, with its plan's name and organisation's owner name now.
SELECT l.id, l.secret_hash, l.plan_id, p.name AS plan_name, l.owner_id,
       coalesce(o.name, l.owner_name) AS owner_name, l.created_at, l.expires_at,
       l.revoked_at
FROM owner_link l
LEFT JOIN plan p ON p.id = l.plan_id
LEFT JOIN owner o ON o.id = l.owner_id
WHERE l.id = $id
