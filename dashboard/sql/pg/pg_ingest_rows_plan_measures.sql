-- PostgreSQL only: the rows of one table that belong to the measures of plan $plan_id
-- (status updates, channels, target groups, dependencies), copied into the in-memory
-- DuckDB an upload is checked in (dashboard/pg/ingest.py).
SELECT {columns} FROM {table}
WHERE measure_id IN (SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id
                     WHERE g.plan_id = $plan_id)
