-- Revoke every live link of an owner ($owner_id) in a plan; returns the ids revoked.
UPDATE owner_link SET revoked_at = $at, revoked_by = $by
WHERE plan_id = $plan_id AND owner_id = $owner_id AND revoked_at IS NULL AND expires_at > $at
RETURNING id
