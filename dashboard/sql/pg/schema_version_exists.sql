-- PostgreSQL variant of ../schema_version_exists.sql (DuckDB's catalogue is
-- duckdb_tables()): whether the connected database has Planpuls's schema_version
-- table (0: no).
SELECT count(*) AS found
FROM information_schema.tables
WHERE table_name = 'schema_version'
  AND table_catalog = current_database()
  AND table_schema = current_schema()
