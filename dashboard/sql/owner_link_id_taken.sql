-- Whether an owner link id ($id) was ever given out (revoked and expired ones count).
SELECT count(*) AS given FROM owner_link WHERE id = $id
