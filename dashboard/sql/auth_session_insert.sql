-- A new session of an account.
INSERT INTO auth_session (id_hash, account_id, created_at, expires_at, last_seen_at, user_agent,
    address)
VALUES ($h, $a, $t, $e, $t, $ua, $ip)
