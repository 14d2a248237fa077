-- The highest id in a table (0: empty).
SELECT coalesce(max(id), 0) FROM {table}
