-- How many rows a table holds.
SELECT count(*) FROM {table}
