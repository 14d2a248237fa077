-- One line of the account log (who did what to whom).
INSERT INTO user_event (actor, action, target, detail)
VALUES ($a, $x, $t, $d)
