-- Failed sign-ins for a user ($n) or from an address ($a) since their last
-- success and within the window ($since): how many, and when the last was.
WITH relevant AS (
    SELECT attempted_at, succeeded FROM login_attempt
    WHERE attempted_at >= $since
      AND (user_name = $n OR ($a::VARCHAR IS NOT NULL AND address = $a))
),
last_ok AS (SELECT max(attempted_at) AS ok_at FROM relevant WHERE succeeded)
SELECT count(*) AS failures, max(r.attempted_at) AS last_failure
FROM relevant r, last_ok
WHERE NOT r.succeeded AND (last_ok.ok_at IS NULL OR r.attempted_at > last_ok.ok_at)
