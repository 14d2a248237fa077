-- PostgreSQL form of dashboard/migrations/0016_goal_parent.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Issue 14, "den røde tråden": a goal of a child plan (a programme's or a half-year's
-- communication plan) names the goal of its parent plan that it serves, so a board
-- can follow one thread from the strategy's goal down to this half-year's measures.
-- Read by dashboard/programmes.py (the thread on Oversikt, "Bidrar til" on Mål);
-- written by the goals upload (column overordnet_mal) and the goals editor, which
-- refuse a goal that is not in the parent plan. NULL: the goal names none.
ALTER TABLE goal ADD COLUMN parent_goal_id VARCHAR;
