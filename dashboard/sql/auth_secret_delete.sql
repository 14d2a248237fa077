-- Remove the signing secret from the database (it lives in a file now).
DELETE
FROM app_setting
WHERE key = 'session_secret'
