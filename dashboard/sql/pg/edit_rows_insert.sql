-- PostgreSQL variant of ../edit_rows_insert.sql: the values' JSON text is cast to the jsonb column.
INSERT INTO edit_rows
VALUES (?, ?, CAST(? AS JSONB))
