-- Whether an owner link id ($id) was ever given out (revoked and expired ones count).
SELECT count(*) FROM owner_link WHERE id = $id
