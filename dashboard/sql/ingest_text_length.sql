-- Cells of staged column {column} longer than that column allows ($max, kinds.TEXT_MAX),
-- as problems on their lines; run once per column of the kind (pipeline._text_lengths).
INSERT INTO problems
SELECT seq, line, $field AS field, left({column}, 60) || '…' AS value,
       'text_too_long' AS code
FROM stage WHERE length({column}) > $max
