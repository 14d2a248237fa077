-- The account a live token stands for: the token's role capped by the account's own.
SELECT t.no, u.name, t.role AS token_role, u.role AS account_role
FROM api_token t
JOIN app_user u ON u.account_id = t.owner_account
WHERE t.token_hash = $hash AND t.revoked_at IS NULL
