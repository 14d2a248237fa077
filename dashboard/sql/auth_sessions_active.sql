-- How many sessions of an account are open at a time.
SELECT count(*)
FROM auth_session s
JOIN app_user u ON u.account_id = s.account_id
WHERE u.name = $n AND s.revoked_at IS NULL AND s.expires_at > $t
