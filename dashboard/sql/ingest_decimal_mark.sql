-- How many cells of a staged number column ({column}, a canonical key chosen by the
-- caller from a fixed list) are written with a decimal comma, and how many with a point.
SELECT
    count(*) FILTER (WHERE regexp_full_match(pp_digits({column}), '-?\d*,\d+')
                       AND NOT regexp_full_match(pp_digits({column}), '-?\d{1,3}(,\d{3})+'))
  + count(*) FILTER (WHERE regexp_full_match(pp_digits({column}), '-?\d{1,3}(\.\d{3})+,\d+'))
        AS comma,
    count(*) FILTER (WHERE regexp_full_match(pp_digits({column}), '-?\d*\.\d+')
                       AND NOT regexp_full_match(pp_digits({column}), '-?\d{1,3}(\.\d{3})+'))
  + count(*) FILTER (WHERE regexp_full_match(pp_digits({column}), '-?\d{1,3}(,\d{3})+\.\d+'))
        AS point
FROM stage
WHERE {column} IS NOT NULL
