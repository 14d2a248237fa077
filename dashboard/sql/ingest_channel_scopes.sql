-- The scope chosen for each channel an upload creates (pipeline._channel_scopes: the
-- names and scopes as two JSON arrays, zipped by unnest; see ingest_vocabularies.sql).
CREATE OR REPLACE TEMP TABLE channel_scopes AS
SELECT
    unnest(json_transform($names, '["VARCHAR"]')) AS name,
    unnest(json_transform($scopes, '["VARCHAR"]')) AS scope
