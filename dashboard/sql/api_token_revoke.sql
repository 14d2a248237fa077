-- End a live token; returns its label (no row: no live token of that number).
UPDATE api_token
SET revoked_at = $t, revoked_by = $by
WHERE no = $no AND revoked_at IS NULL
RETURNING label
