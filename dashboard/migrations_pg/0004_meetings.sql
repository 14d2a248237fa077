-- PostgreSQL form of dashboard/migrations/0004_meetings.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Board meetings with a frozen snapshot of the plan, reporting cadence, owner e-mail.
--
-- Independent of 0003 (users): it touches only tables of 0001.
--
-- A meeting's figures must stay what the board saw, whatever is uploaded later:
-- back-dated status updates, measures moved to another goal or given a new title
-- or due date, undone batches. Recomputing "the state on the meeting's date" from
-- the live tables cannot promise that, so recording a meeting stores the computed
-- state: one row per goal (meeting_goal) and one per measure (meeting_measure),
-- with the status as shown (staleness included, with the cadence in force), the
-- progress, the due date, the owner's name and the latest comment. Every view of
-- a meeting (its report, presentation mode, "since meeting X") reads these rows
-- and nothing else; see dashboard/meetings.py. A snapshot is never updated: a
-- wrong meeting is removed and recorded again.
--
-- No FOREIGN KEY constraints, as in 0001: references are checked by the write
-- path (dashboard.meetings) and by dangling_references.sql.

-- Days a measure may go without a status update before it shows as "not updated";
-- NULL: the PLANPULS_CADENCE_DAYS setting. Checked (> 0) by the write path.
ALTER TABLE plan ADD COLUMN cadence_days INTEGER;

-- Where reminders to report go (optional; owners are often roles, not people).
ALTER TABLE owner ADD COLUMN email VARCHAR;

CREATE SEQUENCE meeting_id START 1;
CREATE TABLE meeting (
    id              INTEGER PRIMARY KEY DEFAULT nextval('meeting_id'),
    plan_id         VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,       -- "Møte 6/2021", "Styremøte 3/2026"
    meeting_date    DATE NOT NULL,          -- the snapshot is the state on this date
    plan_name       VARCHAR NOT NULL,       -- the plan's name when recorded
    organisation    VARCHAR NOT NULL,
    cadence_days    INTEGER NOT NULL,       -- the cadence the snapshot's staleness used
    illustrative    BOOLEAN NOT NULL DEFAULT false,
    note            VARCHAR,
    recorded_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    recorded_by     VARCHAR NOT NULL,
    import_batch_id INTEGER,                -- set when the demo recorded it
    source          VARCHAR,
    UNIQUE (plan_id, name)
);

CREATE TABLE meeting_goal (
    meeting_id  INTEGER NOT NULL,
    goal_id     VARCHAR NOT NULL,
    title       VARCHAR NOT NULL,
    description VARCHAR,
    sort_order  INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, goal_id)
);

CREATE TABLE meeting_measure (
    meeting_id        INTEGER NOT NULL,
    measure_id        VARCHAR NOT NULL,
    title             VARCHAR NOT NULL,
    goal_id           VARCHAR NOT NULL,
    sort_order        INTEGER NOT NULL,     -- the measure's order within the snapshot
    owner_id          VARCHAR,
    owner             VARCHAR NOT NULL,
    start_date        DATE,
    due_date          DATE,
    weight            DOUBLE PRECISION NOT NULL,
    status            VARCHAR NOT NULL,     -- as shown: a stored status, or 'stale'
    reported_status   VARCHAR NOT NULL,     -- the latest update's own status
    progress          DOUBLE PRECISION NOT NULL,
    last_update       DATE,
    reported_by       VARCHAR,
    illustrative      BOOLEAN NOT NULL,
    update_source     VARCHAR,
    last_comment      VARCHAR,
    last_comment_date DATE,
    channels          VARCHAR NOT NULL,
    audiences         VARCHAR NOT NULL,
    overdue           BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, measure_id)
);
