-- The open DuckDB database's sequences that have handed out a value, with the last one
-- (dashboard/pg/copy.py sets PostgreSQL's sequences to them).
SELECT sequence_name, last_value
FROM duckdb_sequences()
WHERE database_name = current_database() AND schema_name = 'main' AND last_value IS NOT NULL
ORDER BY sequence_name
