-- The names of the admin accounts.
SELECT name
FROM app_user
WHERE role = 'admin'
