-- Whether a staged date column ({column}, a canonical key chosen by the caller from a
-- fixed list) has slashed dates whose first part (or second part) can only be a day.
SELECT
    coalesce(bool_or(regexp_matches(trim({column}), '^(1[3-9]|2\d|3[01])/\d{1,2}/')), false),
    coalesce(bool_or(regexp_matches(trim({column}), '^\d{1,2}/(1[3-9]|2\d|3[01])/')), false)
FROM stage
WHERE {column} IS NOT NULL AND contains({column}, '/')
