-- One sign-in attempt (throttling counts them).
INSERT INTO login_attempt (attempted_at, user_name, address, succeeded)
VALUES ($t, $n, $a, $ok)
