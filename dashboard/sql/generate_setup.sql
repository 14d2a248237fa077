-- dashboard.generate: a pseudo-random number in [0, 1) from a seed and two keys, the
-- same for the same inputs (DuckDB's hash), so generated data is reproducible
-- and can be made in bulk inside the database.
CREATE OR REPLACE TEMP MACRO gen_r(s, a, b) AS ((hash(s, a, b) % 1000000)::DOUBLE / 1000000.0)
