-- How many cells of a staged number column ({column}, a canonical key chosen by the
-- caller from a fixed list) are written with a decimal comma, and how many with a
-- point. One tool writes a whole file one way, so its first 50 000 rows decide.
WITH cells AS (
    SELECT pp_digits({column}) AS v
    FROM stage
    WHERE seq < 50000 AND {column} IS NOT NULL
      AND (contains({column}, ',') OR contains({column}, '.'))
)
SELECT
    count(*) FILTER (WHERE regexp_full_match(v, '-?\d*,\d+')
                       AND NOT regexp_full_match(v, '-?\d{1,3}(,\d{3})+'))
  + count(*) FILTER (WHERE regexp_full_match(v, '-?\d{1,3}(\.\d{3})+,\d+')) AS comma,
    count(*) FILTER (WHERE regexp_full_match(v, '-?\d*\.\d+')
                       AND NOT regexp_full_match(v, '-?\d{1,3}(\.\d{3})+'))
  + count(*) FILTER (WHERE regexp_full_match(v, '-?\d{1,3}(,\d{3})+\.\d+')) AS point
FROM cells
