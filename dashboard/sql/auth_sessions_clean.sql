-- Forget sessions that have expired or were ended.
DELETE
FROM auth_session
WHERE expires_at <= $t OR revoked_at IS NOT NULL
