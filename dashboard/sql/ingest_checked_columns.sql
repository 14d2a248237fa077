-- The columns of one of a checked upload's temp tables (actions, actions_named, pp_slugs)
-- with their DuckDB types, for its PostgreSQL twin (dashboard/pg/ingest.py; its rows are
-- then read with copy_rows).
DESCRIBE {table}
