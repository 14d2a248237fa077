-- PostgreSQL only: the rows of one table that belong to the channels of plan $plan_id's
-- organisation (channel figures), copied into the in-memory DuckDB an upload is checked
-- in (dashboard/pg/ingest.py).
SELECT {columns} FROM {table}
WHERE channel_id IN (SELECT c.id FROM channel c JOIN plan p
                     ON p.organisation_id = c.organisation_id WHERE p.id = $plan_id)
