-- PostgreSQL form of dashboard/migrations/0013_metric_levels.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Metric levels and survey sample sizes (issue 14: outcome beside activity).
--
-- metric_level: an organisation's choice of AMEC level (output, outtake, outcome,
-- impact) for a metric, where it differs from the default in dashboard/labels.py.
-- Append-only: each edit (the "Rediger måltallsnivåer" editor, a batch) adds rows, the
-- newest row per (organisation, metric) is in force, and undoing the batch deletes its
-- rows so the one before is in force again (dashboard/sql/ingest_undo.sql).
CREATE SEQUENCE metric_level_id START 1;
CREATE TABLE metric_level (
    id              BIGINT PRIMARY KEY DEFAULT nextval('metric_level_id'),
    organisation_id VARCHAR NOT NULL,
    metric          VARCHAR NOT NULL,
    level           VARCHAR NOT NULL CHECK (level IN ('output', 'outtake', 'outcome', 'impact')),
    import_batch_id INTEGER,
    source          VARCHAR
);
CREATE INDEX metric_level_org ON metric_level (organisation_id, metric);

-- A survey's figure carries how many answered (utvalg / antall svar); NULL for others.
ALTER TABLE channel_metric ADD COLUMN sample_size INTEGER;
