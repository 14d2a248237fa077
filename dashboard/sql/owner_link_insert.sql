-- Record a new owner link (only the hash of its secret).
INSERT INTO owner_link (id, secret_hash, plan_id, owner_id, owner_name, created_at,
                        created_by, expires_at)
VALUES ($id, $hash, $plan_id, $owner_id, $owner_name, $at, $by, $expires)
