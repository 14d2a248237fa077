-- A row with a problem does nothing: its action goes.
DELETE FROM actions WHERE seq IN (SELECT seq FROM problems)
