-- Rows read from PostgreSQL (the registered Arrow table pg_rows) into the same table of
-- the in-memory DuckDB an upload is checked in (dashboard/pg/ingest.py).
INSERT INTO {table} ({columns}) SELECT {columns} FROM pg_rows
