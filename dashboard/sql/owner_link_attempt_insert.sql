-- Log one opening of or sending through an owner link, good or refused.
INSERT INTO owner_link_attempt (attempted_at, link_id, address, outcome)
VALUES ($at, $link_id, $address, $outcome)
