-- DuckDB in memory: the rows of a frame registered as frame_rows, as Python values.
SELECT * FROM frame_rows
