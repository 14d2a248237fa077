-- When a token was last used.
UPDATE api_token
SET last_used_at = $t
WHERE no = $no
