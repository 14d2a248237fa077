-- Whether the open database has Planpuls's schema_version table (0: no).
SELECT count(*) AS found
FROM duckdb_tables()
WHERE table_name = 'schema_version'
  AND database_name = current_database()
  AND schema_name = 'main'
