-- The signing secret older versions kept in the database (NULL: none).
SELECT value
FROM app_setting
WHERE key = 'session_secret'
