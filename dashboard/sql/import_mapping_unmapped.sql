-- The staged rows the mapping leaves unmapped, from the registered frame unmapped_rows.
CREATE OR REPLACE TEMP TABLE unmapped AS SELECT *
FROM unmapped_rows
