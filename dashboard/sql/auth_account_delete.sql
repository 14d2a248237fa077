-- Delete an account by name.
DELETE
FROM app_user
WHERE name = $n
