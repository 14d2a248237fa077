-- Sign one session out; returns its number when it was open.
UPDATE auth_session
SET revoked_at = $t, handoff_hash = NULL
WHERE id_hash = $h AND revoked_at IS NULL
RETURNING no
