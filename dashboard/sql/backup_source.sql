-- The open database's name and the names of every database attached to the connection
-- (the whitelist the name passes before it goes into the COPY statement).
SELECT current_database() AS name, list(database_name) AS attached FROM duckdb_databases()
