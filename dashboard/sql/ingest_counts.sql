-- Rows an upload would add, change and leave unchanged, and those kept only as history.
SELECT
    count(*) FILTER (WHERE action = 'added') AS added,
    count(*) FILTER (WHERE action = 'changed') AS changed,
    count(*) FILTER (WHERE action = 'unchanged') AS unchanged,
    (SELECT count(DISTINCT line) FROM problems) AS rejected,
    count(*) FILTER (WHERE coalesce(history_only, false) AND action <> 'unchanged')
        AS history_only
FROM actions
