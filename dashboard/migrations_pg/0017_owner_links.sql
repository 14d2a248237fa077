-- PostgreSQL form of dashboard/migrations/0017_owner_links.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Owners report their own measures (issue 15): a personal link per owner and plan
-- (dashboard/owner_links.py), the page "Rapporter status" it opens, and the plan's
-- choice to have the secretariat approve what owners send.
--
-- A link's token is <id>.<secret>.<signature>: the id is random and never reused
-- (rows are never deleted, so a revoked link's id stays taken), only the SHA-256 of
-- the secret is kept here, and the signature's key lives outside the database
-- (auth.secret: <db>.secret or PLANPULS_SECRET), so a copy of the database opens nothing.
CREATE TABLE owner_link (
    id           VARCHAR PRIMARY KEY,   -- 32 random hex digits
    secret_hash  VARCHAR NOT NULL,      -- sha256 of the token's secret part
    plan_id      VARCHAR NOT NULL,
    owner_id     VARCHAR NOT NULL,
    owner_name   VARCHAR NOT NULL,      -- the owner's name when the link was made
    created_at   TIMESTAMP NOT NULL,
    created_by   VARCHAR NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    revoked_at   TIMESTAMP,
    revoked_by   VARCHAR,
    last_used_at TIMESTAMP
);
CREATE INDEX owner_link_plan_owner ON owner_link (plan_id, owner_id);

-- Every opening of and sending through a link, good or refused (the throttle counts
-- the refused ones per address, like login_attempt).
CREATE SEQUENCE owner_link_attempt_id START 1;
CREATE TABLE owner_link_attempt (
    id           BIGINT PRIMARY KEY DEFAULT nextval('owner_link_attempt_id'),
    attempted_at TIMESTAMP NOT NULL,
    link_id      VARCHAR,               -- NULL when the token named no link
    address      VARCHAR,
    outcome      VARCHAR NOT NULL
                 CHECK (outcome IN ('ok', 'sent', 'expired', 'revoked', 'tampered', 'unknown'))
);
CREATE INDEX owner_link_attempt_at ON owner_link_attempt (attempted_at);

-- A plan's choice: updates from owners wait for the secretariat's approval (no row: no).
CREATE TABLE plan_owner_review (
    plan_id        VARCHAR PRIMARY KEY,
    needs_approval BOOLEAN NOT NULL,
    changed_at     TIMESTAMP NOT NULL,
    changed_by     VARCHAR NOT NULL
);

-- What an owner sent while the plan asks for approval: it waits here (pending) until
-- the secretariat approves it (then it is written as one import batch, batch_id) or
-- returns it with a comment the owner reads when opening the link again.
CREATE SEQUENCE owner_submission_id START 1;
CREATE TABLE owner_submission (
    id           BIGINT PRIMARY KEY DEFAULT nextval('owner_submission_id'),
    link_id      VARCHAR NOT NULL,
    plan_id      VARCHAR NOT NULL,
    owner_id     VARCHAR NOT NULL,
    owner_name   VARCHAR NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    report_date  DATE NOT NULL,         -- the date the updates carry when approved
    reports      JSONB NOT NULL,        -- [{measure_id, status, progress, comment}]
    state        VARCHAR NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'approved', 'returned')),
    decided_at   TIMESTAMP,
    decided_by   VARCHAR,
    comment      VARCHAR,               -- the secretariat's words when returning it
    batch_id     INTEGER                -- the import batch an approval wrote
);
CREATE INDEX owner_submission_plan ON owner_submission (plan_id, state);
