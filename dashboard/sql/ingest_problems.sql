-- The problems of a staged upload, in file order (first $limit), and how many in all.
-- A wide file stages one row per figure: a problem with the row's own cells (its
-- date, say) is one problem, while each figure's value keeps its own. A long value
-- is shown by its start (a 200 000-character cell is not copied into the report).
WITH distinct_problems AS (
    SELECT min(seq) AS seq, line, field,
           CASE WHEN length(any_value(value)) > 200 THEN left(any_value(value), 60) || '…'
                ELSE any_value(value) END AS value,
           code
    FROM problems
    GROUP BY line, field, code, CASE WHEN field IN ('value', 'metric') THEN seq END
)
SELECT seq, line, field, value, code, count(*) OVER () AS total
FROM distinct_problems
ORDER BY line, seq, field, code
LIMIT $limit
