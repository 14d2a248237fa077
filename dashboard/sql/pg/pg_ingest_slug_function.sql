-- PostgreSQL only: pp_slug(org, name) of ingest_macros.sql for the apply scripts' variants:
-- the slug DuckDB made for each of the upload's names (temp table pp_slugs, made by
-- dashboard/pg/ingest.py), so new ids are the same on both stores (DuckDB's
-- strip_accents has no twin in PostgreSQL without an extension). A name not there gives
-- NULL, which the NOT NULL id refuses: nothing is written with an id made up here.
CREATE OR REPLACE FUNCTION pg_temp.pp_slug(org VARCHAR, name VARCHAR) RETURNS VARCHAR
LANGUAGE sql STABLE AS $$
    SELECT s.slug FROM pp_slugs s WHERE s.org = $1 AND s.name = $2
$$
