-- The account behind an open session (its name and role read fresh).
SELECT u.name, u.role, s.no, s.last_seen_at
FROM auth_session s
JOIN app_user u ON u.account_id = s.account_id
WHERE s.id_hash = $h AND s.revoked_at IS NULL AND s.expires_at > $t
