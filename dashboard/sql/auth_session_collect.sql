-- Trade a hand-off ticket for a new session id; returns its number.
UPDATE auth_session
SET id_hash = $new, handoff_hash = NULL, handoff_until = NULL
WHERE handoff_hash = $k AND handoff_until > $t AND revoked_at IS NULL AND expires_at > $t
RETURNING no
