-- PostgreSQL form of dashboard/migrations/0001_initial.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas). DOUBLE is DOUBLE PRECISION here; no FOREIGN KEY
-- constraints either, so that both stores accept the same writes in the same order.
-- Planpuls schema, version 1.
-- Every row that an upload or the demo adds carries its import batch, so a batch
-- can be undone whole, and its source ("file:line"), so any figure can be traced.
--
-- No FOREIGN KEY constraints: DuckDB refuses to delete a parent row in the same
-- transaction that deleted its children, which would make undoing a batch in one
-- transaction impossible. References are checked by the write path instead
-- (dashboard.demo, dashboard.ingest) and by tests/test_db.py.

CREATE SEQUENCE import_batch_id START 1;
CREATE TABLE import_batch (
    id            INTEGER PRIMARY KEY DEFAULT nextval('import_batch_id'),
    created_at    TIMESTAMP NOT NULL DEFAULT current_timestamp,
    created_by    VARCHAR NOT NULL,
    file_name     VARCHAR NOT NULL,
    checksum      VARCHAR,
    kind          VARCHAR NOT NULL,
    source_format VARCHAR,
    rows_added    INTEGER NOT NULL DEFAULT 0,
    rows_changed  INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    state         VARCHAR NOT NULL DEFAULT 'committed'
                  CHECK (state IN ('committed', 'undone')),
    undone_at     TIMESTAMP,
    undone_by     VARCHAR
);

CREATE TABLE organisation (
    id              VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    import_batch_id INTEGER,
    source          VARCHAR
);

CREATE TABLE plan (
    id              VARCHAR PRIMARY KEY,
    organisation_id VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    period_start    DATE,
    period_end      DATE,
    description     VARCHAR,
    source_document VARCHAR,
    note            VARCHAR,
    import_batch_id INTEGER,
    source          VARCHAR,
    CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end)
);

CREATE TABLE owner (
    id              VARCHAR PRIMARY KEY,
    organisation_id VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    import_batch_id INTEGER,
    source          VARCHAR,
    UNIQUE (organisation_id, name)
);

CREATE TABLE channel (
    id              VARCHAR PRIMARY KEY,
    organisation_id VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    scope           VARCHAR NOT NULL CHECK (scope IN ('internal', 'external')),
    import_batch_id INTEGER,
    source          VARCHAR,
    UNIQUE (organisation_id, name)
);

CREATE TABLE audience (
    id              VARCHAR PRIMARY KEY,
    organisation_id VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    scope           VARCHAR NOT NULL CHECK (scope IN ('internal', 'external')),
    import_batch_id INTEGER,
    source          VARCHAR,
    UNIQUE (organisation_id, name)
);

CREATE TABLE goal (
    id              VARCHAR PRIMARY KEY,
    plan_id         VARCHAR NOT NULL,
    title           VARCHAR NOT NULL,
    description     VARCHAR,
    sort_order      INTEGER NOT NULL DEFAULT 0,
    import_batch_id INTEGER,
    source          VARCHAR
);

-- An outcome target for a goal, measured by a channel metric (e.g. 40 media
-- mentions in 2025), so a goal's outcome can be followed, not only its activity.
CREATE TABLE goal_kpi (
    goal_id         VARCHAR NOT NULL,
    channel_id      VARCHAR NOT NULL,
    metric          VARCHAR NOT NULL,
    target          DOUBLE PRECISION NOT NULL,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    import_batch_id INTEGER,
    source          VARCHAR,
    PRIMARY KEY (goal_id, channel_id, metric, period_start)
);

CREATE TABLE measure (
    id              VARCHAR PRIMARY KEY,
    goal_id         VARCHAR NOT NULL,
    title           VARCHAR NOT NULL,
    owner_id        VARCHAR,
    start_date      DATE,
    due_date        DATE,
    weight          DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight >= 0),
    sort_order      INTEGER NOT NULL DEFAULT 0,
    import_batch_id INTEGER,
    source          VARCHAR,
    CHECK (start_date IS NULL OR due_date IS NULL OR start_date <= due_date)
);

CREATE TABLE measure_channel (
    measure_id VARCHAR NOT NULL,
    channel_id VARCHAR NOT NULL,
    PRIMARY KEY (measure_id, channel_id)
);

CREATE TABLE measure_audience (
    measure_id  VARCHAR NOT NULL,
    audience_id VARCHAR NOT NULL,
    PRIMARY KEY (measure_id, audience_id)
);

-- Append-only: a measure's state on a date is its latest update on or before it.
CREATE SEQUENCE status_update_id START 1;
CREATE TABLE status_update (
    id              BIGINT PRIMARY KEY DEFAULT nextval('status_update_id'),
    measure_id      VARCHAR NOT NULL,
    update_date     DATE NOT NULL,
    status          VARCHAR NOT NULL CHECK (status IN
                    ('not_started', 'on_track', 'at_risk', 'delayed', 'done', 'cancelled')),
    progress        DOUBLE PRECISION NOT NULL CHECK (progress BETWEEN 0 AND 100),
    comment         VARCHAR,
    reported_by     VARCHAR,
    illustrative    BOOLEAN NOT NULL DEFAULT false,
    recorded_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    import_batch_id INTEGER,
    source          VARCHAR
);
CREATE INDEX status_update_measure_date ON status_update (measure_id, update_date);

CREATE SEQUENCE channel_metric_id START 1;
CREATE TABLE channel_metric (
    id              BIGINT PRIMARY KEY DEFAULT nextval('channel_metric_id'),
    channel_id      VARCHAR NOT NULL,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    metric          VARCHAR NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    audience_id     VARCHAR,
    goal_id         VARCHAR,
    measure_id      VARCHAR,
    note            VARCHAR,
    illustrative    BOOLEAN NOT NULL DEFAULT false,
    import_batch_id INTEGER,
    source          VARCHAR,
    CHECK (period_start <= period_end)
);
CREATE INDEX channel_metric_channel_period ON channel_metric (channel_id, period_start);
