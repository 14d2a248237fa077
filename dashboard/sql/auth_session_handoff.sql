-- Give an open session a one-time hand-off ticket; returns its number.
UPDATE auth_session
SET handoff_hash = $k, handoff_until = $u
WHERE id_hash = $h AND revoked_at IS NULL AND expires_at > $t
RETURNING no
