-- One line of the tokens' audit log.
INSERT INTO api_token_event (happened_at, token_no, actor, action, detail)
VALUES ($t, $no, $a, $x, $d)
