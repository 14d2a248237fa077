-- PostgreSQL only: a registered frame's temporary table, dropped on unregister.
DROP TABLE IF EXISTS pg_temp.{table}
