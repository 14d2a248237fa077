-- A new API token (only its hash is kept); returns its number.
INSERT INTO api_token (label, token_hash, prefix, role, owner_account, owner_name, created_at,
    created_by)
VALUES ($l, $h, $p, $r, $a, $o, $t, $by)
RETURNING no
