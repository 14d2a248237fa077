-- PostgreSQL variant of ../edit_rows_create.sql: no CREATE OR REPLACE for a table (dropped first); JSON is jsonb.
DROP TABLE IF EXISTS pg_temp.edit_rows;
DROP TABLE IF EXISTS pg_temp.edit_names;
CREATE TEMPORARY TABLE edit_rows (action VARCHAR, id VARCHAR, v JSONB);
CREATE TEMPORARY TABLE edit_names (what VARCHAR, id VARCHAR, name VARCHAR);
