-- The highest id in {table} (0: empty).
SELECT coalesce(max(id), 0) FROM {table}
