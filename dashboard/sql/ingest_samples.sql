-- The first rows of one action (added, changed, unchanged) of a checked upload, for the preview.
SELECT * EXCLUDE (action, seq) FROM actions WHERE action = $a ORDER BY seq LIMIT $n
