-- Set an account's password hash.
UPDATE app_user
SET password_hash = $h, updated_at = $t
WHERE name = $n
