-- How many admin accounts there are.
SELECT count(*)
FROM app_user
WHERE role = 'admin'
