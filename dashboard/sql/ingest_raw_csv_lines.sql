-- How many records DuckDB read from a large CSV, and the rowid of the first one.
SELECT count(*), min(rowid) FROM raw_csv
