-- DuckDB in memory: the columns and DuckDB types of a frame registered as frame_rows
-- (a frame registered on a PostgreSQL cursor becomes a temporary table of these types).
DESCRIBE SELECT * FROM frame_rows
