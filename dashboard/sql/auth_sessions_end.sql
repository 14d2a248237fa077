-- End every open session of an account.
UPDATE auth_session
SET revoked_at = $t, handoff_hash = NULL
WHERE account_id = $a AND revoked_at IS NULL
