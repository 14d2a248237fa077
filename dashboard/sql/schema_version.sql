-- The highest migration applied (0: none).
SELECT coalesce(max(version), 0) AS version FROM schema_version
