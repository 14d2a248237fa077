-- The API tokens, newest first, with their owner's account as it is now (never the hash).
SELECT
    t.no,
    t.label,
    t.prefix,
    t.role,
    coalesce(u.name, t.owner_name) AS owner,
    u.name IS NULL AS owner_removed,
    t.created_at,
    t.created_by,
    t.revoked_at,
    t.revoked_by,
    t.last_used_at
FROM api_token t
LEFT JOIN app_user u ON u.account_id = t.owner_account
ORDER BY t.no DESC
