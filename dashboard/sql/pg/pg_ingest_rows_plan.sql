-- PostgreSQL only: the rows of one table that belong to plan $plan_id (its import
-- mappings), copied into the in-memory DuckDB an upload is checked in (dashboard/pg/ingest.py).
SELECT {columns} FROM {table} WHERE plan_id = $plan_id
