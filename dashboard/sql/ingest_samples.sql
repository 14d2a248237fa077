-- The first rows of one action (added, changed, unchanged) of a checked upload, for the preview
-- ({actions}: temp table actions, or for channel figures view actions_named, with the names).
SELECT * EXCLUDE (action, seq) FROM {actions} WHERE action = $a ORDER BY seq LIMIT $n
