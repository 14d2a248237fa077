-- Temp table pp_slugs: the id each of an upload's names would get as a new owner, channel
-- or target group of $org_id (pp_slug of ingest_macros.sql), for PostgreSQL's apply
-- scripts (dashboard/pg/ingest.py); the names are one JSON array (see ingest_vocabularies.sql).
CREATE OR REPLACE TEMP TABLE pp_slugs AS
SELECT CAST($org_id AS VARCHAR) AS org, name, pp_slug($org_id, name) AS slug
FROM (SELECT DISTINCT unnest(json_transform($names, '["VARCHAR"]')) AS name)
