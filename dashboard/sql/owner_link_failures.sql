-- Refused owner-link attempts from one address ($a; NULL: those without an address)
-- since its last good one and within the window ($since): how many, and the last.
WITH relevant AS (
    SELECT attempted_at, outcome IN ('ok', 'sent') AS succeeded FROM owner_link_attempt
    WHERE attempted_at >= $since AND address IS NOT DISTINCT FROM $a
),
last_ok AS (SELECT max(attempted_at) AS ok_at FROM relevant WHERE succeeded)
SELECT count(*) AS failures, max(r.attempted_at) AS last_failure
FROM relevant r, last_ok
WHERE NOT r.succeeded AND (last_ok.ok_at IS NULL OR r.attempted_at > last_ok.ok_at)
