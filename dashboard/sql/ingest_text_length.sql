-- Cells of staged column {column} longer than that column allows ($max_{column},
-- kinds.TEXT_MAX): one part of a UNION ALL over the kind's columns (pipeline._text_lengths).
SELECT seq, line, '{column}' AS field, left({column}, 60) || '…' AS value,
       'text_too_long' AS code
FROM stage WHERE length({column}) > $max_{column}
