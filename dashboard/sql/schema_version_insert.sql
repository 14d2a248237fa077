-- Record one applied migration.
INSERT INTO schema_version (version, name) VALUES ($v, $n)
