-- Change an account's role.
UPDATE app_user
SET role = $r, updated_at = $t
WHERE name = $n
