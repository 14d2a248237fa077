-- A new account.
INSERT INTO app_user (name, role, password_hash, created_by, account_id)
VALUES ($n, $r, $h, $by, $id)
