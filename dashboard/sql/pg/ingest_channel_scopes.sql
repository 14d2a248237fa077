-- PostgreSQL variant of ../ingest_channel_scopes.sql: the two JSON arrays are zipped by
-- their positions (jsonb_array_elements_text WITH ORDINALITY), not by DuckDB's unnest of
-- json_transform; CREATE OR REPLACE TEMP TABLE is CREATE TEMP TABLE … ON COMMIT DROP.
CREATE TEMP TABLE channel_scopes ON COMMIT DROP AS
SELECT n.value AS name, s.value AS scope
FROM jsonb_array_elements_text(CAST($names AS jsonb)) WITH ORDINALITY n
JOIN jsonb_array_elements_text(CAST($scopes AS jsonb)) WITH ORDINALITY s
  ON s.ordinality = n.ordinality
