-- The words a file may use, as temp tables the checks join on (from the registered
-- frames of pipeline._vocabularies: labels.STATUSES, labels.METRICS, kinds' word lists).
CREATE OR REPLACE TEMP TABLE status_words AS SELECT * FROM status_vocabulary;

CREATE OR REPLACE TEMP TABLE metric_words AS SELECT * FROM metric_vocabulary;

CREATE OR REPLACE TEMP TABLE direction_words AS SELECT * FROM direction_vocabulary;

CREATE OR REPLACE TEMP TABLE scope_words AS SELECT * FROM scope_vocabulary;

CREATE OR REPLACE TEMP TABLE richness_words AS SELECT * FROM richness_vocabulary
