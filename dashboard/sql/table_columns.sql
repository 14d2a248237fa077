-- The column names of a table of the open database (the whitelist for names that go
-- into an INSERT's column list; no row: no such table).
SELECT list(column_name ORDER BY column_index)
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $table
