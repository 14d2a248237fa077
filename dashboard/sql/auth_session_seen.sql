-- When a session was last seen.
UPDATE auth_session
SET last_seen_at = $t
WHERE no = $no
