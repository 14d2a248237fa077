-- Every account, without its password hash.
SELECT name, role, created_at, created_by, updated_at
FROM app_user
ORDER BY name
