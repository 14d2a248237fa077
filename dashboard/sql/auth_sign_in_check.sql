-- The role and password hash of the account signing in.
SELECT role, password_hash
FROM app_user
WHERE name = $n
