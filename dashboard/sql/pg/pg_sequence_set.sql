-- PostgreSQL only: a sequence continues after the value it was given (the next nextval
-- returns $value + 1), as its DuckDB twin would.
SELECT setval($sequence, $value)
