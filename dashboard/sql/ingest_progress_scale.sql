-- Does the staged progress column write fractions (0,4 meaning 40 %)? Yes when
-- every number written without a % sign lies between 0 and 1: then 1 means 100 %.
-- (A cell strictly between 0 and 1 is a fraction in any column; see pp_progress.)
SELECT coalesce(bool_and(pp_number(progress, $mark) BETWEEN 0 AND 1), false) AS fractions
FROM stage
WHERE pp_text(progress) IS NOT NULL AND NOT pp_is_percent(progress)
  AND pp_number(progress, $mark) IS NOT NULL
