-- PostgreSQL form of dashboard/migrations/0005_batch_change_tables.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Every table an upload or an edit on the pages may change can be restored by undo.
--
-- 0002 allowed batch_change rows for goal, measure and channel_metric only. Edits
-- on the pages and new upload kinds also change and remove goal targets, owners,
-- channels, target groups and plans, so the list grows here (DuckDB rebuilds the
-- table to change a CHECK constraint; PostgreSQL replaces the constraint in place).
--
-- The rule for every writer (see dashboard/sql/ingest_undo.sql): before batch B
-- changes or removes a row, it stores the whole row as it was (to_json of the row,
-- its import_batch_id and source included) under (B, table, the row's key); a
-- changed row then carries import_batch_id = B. Undoing B deletes the rows that
-- carry B and puts the stored rows back.
ALTER TABLE batch_change DROP CONSTRAINT batch_change_table_name_check;
ALTER TABLE batch_change ADD CONSTRAINT batch_change_table_name_check CHECK (table_name IN (
    'plan', 'goal', 'goal_kpi', 'measure', 'owner', 'channel', 'audience',
    'channel_metric'));
