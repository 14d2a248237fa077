-- Every table of the open DuckDB database with its column names in order (the tables
-- dashboard/pg/copy.py copies into PostgreSQL, and the whitelist of their names), but
-- schema_version: each database records its own migrations.
SELECT table_name, list(column_name ORDER BY column_index) AS columns
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main'
  AND table_name <> 'schema_version'
  AND table_name IN (SELECT table_name FROM duckdb_tables()
                     WHERE database_name = current_database() AND schema_name = 'main')
GROUP BY table_name
ORDER BY table_name
