-- The words a file may use, as temp tables the checks join on (the lists come from
-- pipeline._vocabularies: labels.STATUSES, labels.METRICS, kinds' word lists). Each
-- column is bound as one JSON array and the arrays zipped by unnest: no DataFrame,
-- and no Python list parameter (DuckDB looks into pandas to convert one), so an
-- import on the command line need not load pandas.
CREATE OR REPLACE TEMP TABLE status_words AS
SELECT
    unnest(json_transform($status_words, '["VARCHAR"]')) AS word,
    unnest(json_transform($status_ids, '["VARCHAR"]')) AS status_id,
    unnest(json_transform($status_progress, '["DOUBLE"]')) AS default_progress;

CREATE OR REPLACE TEMP TABLE metric_words AS
SELECT
    unnest(json_transform($metric_words, '["VARCHAR"]')) AS word,
    unnest(json_transform($metric_ids, '["VARCHAR"]')) AS metric_id;

CREATE OR REPLACE TEMP TABLE direction_words AS
SELECT
    unnest(json_transform($direction_words, '["VARCHAR"]')) AS word,
    unnest(json_transform($directions, '["VARCHAR"]')) AS direction;

CREATE OR REPLACE TEMP TABLE scope_words AS
SELECT
    unnest(json_transform($scope_words, '["VARCHAR"]')) AS word,
    unnest(json_transform($scopes, '["VARCHAR"]')) AS scope;

CREATE OR REPLACE TEMP TABLE richness_words AS
SELECT
    unnest(json_transform($richness_words, '["VARCHAR"]')) AS word,
    unnest(json_transform($richness_levels, '["VARCHAR"]')) AS richness
