-- Kom i gang: how far setting up has come (plans in use, their goals and measures,
-- accounts for others than the administrators).
SELECT
    (SELECT count(*) FROM plan WHERE archived_at IS NULL) AS plans,
    (SELECT count(*) FROM goal g JOIN plan p ON p.id = g.plan_id
     WHERE p.archived_at IS NULL) AS goals,
    (SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id
     JOIN plan p ON p.id = g.plan_id WHERE p.archived_at IS NULL) AS measures,
    (SELECT count(*) FROM app_user WHERE role <> 'admin') AS users
