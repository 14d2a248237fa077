-- PostgreSQL only: the rows of one table that belong to the goals of plan $plan_id (its
-- goal targets), copied into the in-memory DuckDB an upload is checked in (dashboard/pg/ingest.py).
SELECT {columns} FROM {table}
WHERE goal_id IN (SELECT id FROM goal WHERE plan_id = $plan_id)
