-- When an SSO identity last signed out (NULL: never).
SELECT signed_out_at
FROM sso_sign_out
WHERE identity = $i
