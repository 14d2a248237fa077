-- The staged rows (the registered Arrow table staged_rows) as temp table stage.
CREATE OR REPLACE TEMP TABLE stage AS SELECT * FROM staged_rows
