-- PostgreSQL form of dashboard/migrations/0008_targets.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Goal targets say whether up or down is good (issue 8: targets by upload).
--
-- "down" targets are met when the actual figure is at or below the target (fewer
-- complaints, shorter answer times); "up" ones when it is at or above. Existing
-- targets were all "more is better", hence the default.
--
-- DuckDB rebuilds the table to add a column with a CHECK constraint; PostgreSQL adds it
-- in place (the column lands last, as in DuckDB's rebuilt table). Independent of 0006
-- and 0007.
ALTER TABLE goal_kpi ADD COLUMN direction VARCHAR NOT NULL DEFAULT 'up'
    CHECK (direction IN ('up', 'down'));
