-- PostgreSQL only: the last statement of every write transaction raises the data version
-- (its row lock orders concurrent writers; the first write makes the row).
INSERT INTO app_setting (key, value) VALUES ('data_version', '1')
ON CONFLICT (key) DO UPDATE SET value = (app_setting.value::BIGINT + 1)::VARCHAR
RETURNING value::BIGINT
