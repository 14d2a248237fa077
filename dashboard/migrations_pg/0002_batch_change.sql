-- PostgreSQL form of dashboard/migrations/0002_batch_change.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- What an upload changed, so undoing it can put the previous values back.
-- previous: the row as it was before the batch changed it (JSON, written by
-- dashboard.ingest.pipeline), keyed by the table's own key. jsonb here: PostgreSQL
-- checks and reads it as JSON, where DuckDB keeps the JSON text in a VARCHAR.
CREATE TABLE batch_change (
    batch_id   INTEGER NOT NULL,
    table_name VARCHAR NOT NULL CHECK (table_name IN ('goal', 'measure', 'channel_metric')),
    row_key    VARCHAR NOT NULL,
    previous   JSONB NOT NULL,
    PRIMARY KEY (batch_id, table_name, row_key)
);
