-- The highest migration applied (0: none).
SELECT coalesce(max(version), 0) FROM schema_version
