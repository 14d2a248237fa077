-- Demo load: a measure's audiences, split from the | list in measures.csv.
INSERT INTO measure_audience (measure_id, audience_id)
SELECT DISTINCT measure_id, trim(a)
FROM rows, unnest(string_to_array(audiences, '|')) AS t(a)
WHERE trim(a) <> ''
