-- PostgreSQL form of dashboard/migrations/0007_edits.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Edits on the pages: a measure with status history is archived, never deleted.
--
-- An edit that removes a measure whose status updates (or channel figures) refer
-- to it keeps the row and its history, and marks it archived by the edit's batch.
-- Every view and count leaves archived measures out (measure_state.sql and the
-- queries beside it); undoing the batch clears both columns again. Meeting
-- snapshots keep an archived measure as the board saw it.
ALTER TABLE measure ADD COLUMN archived_at TIMESTAMP;
ALTER TABLE measure ADD COLUMN archived_batch INTEGER;
