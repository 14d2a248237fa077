-- Record that an SSO identity signed out now.
INSERT INTO sso_sign_out (identity, signed_out_at)
VALUES ($i, $t)
ON CONFLICT (identity) DO UPDATE
SET signed_out_at = excluded.signed_out_at
