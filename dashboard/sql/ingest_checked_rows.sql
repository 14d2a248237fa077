-- Every row of one of a checked upload's temp tables (actions, actions_named), to be
-- written to PostgreSQL (dashboard/pg/ingest.py): the columns as the check made them.
SELECT * FROM {table}
