-- Demo load: a measure's channels, split from the | list in measures.csv.
INSERT INTO measure_channel (measure_id, channel_id)
SELECT DISTINCT measure_id, trim(c)
FROM rows, unnest(string_to_array(channels, '|')) AS t(c)
WHERE trim(c) <> ''
