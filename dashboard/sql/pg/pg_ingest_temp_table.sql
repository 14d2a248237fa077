-- PostgreSQL only: a temporary table for one of a checked upload's tables (actions,
-- actions_named, the slugs), gone when the upload's transaction ends (dashboard/pg/ingest.py).
CREATE TEMP TABLE {table} ({columns}) ON COMMIT DROP
