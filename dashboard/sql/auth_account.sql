-- An account's role and id, by its name (no row: no such account).
SELECT role, account_id
FROM app_user
WHERE name = $n
