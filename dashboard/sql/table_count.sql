-- How many rows {table} holds.
SELECT count(*) FROM {table}
