-- PostgreSQL only: the data version every committed write raises (dashboard/pg/database.py),
-- kept in app_setting so that every dashboard process on the database reads the same one.
SELECT coalesce((SELECT value::BIGINT FROM app_setting WHERE key = 'data_version'), 0)
