-- How many admin accounts there are.
SELECT count(*) AS admins
FROM app_user
WHERE role = 'admin'
