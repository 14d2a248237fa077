-- PostgreSQL form of dashboard/migrations/0018_reminders.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Reminders by e-mail (issue 15): the text the secretariat writes, and every mail sent.
--
-- reminder_template: the subject and body of a plan's reminder in one language, with
-- placeholders ({owner}, {plan}, {since}, {measures}, {link}, {statuses}) filled per
-- owner by dashboard/reminders.py. Append-only, like plan_publication: each save is a
-- row carrying its own import batch (kind 'reminder_text'), so the text in force is
-- the plan's latest row for the language (none: the default words of the message
-- tables), Importhistorikk lists who changed it, and undoing the batch deletes its row
-- and puts the text before it back in force.
CREATE SEQUENCE reminder_template_id START 1;
CREATE TABLE reminder_template (
    id              BIGINT PRIMARY KEY DEFAULT nextval('reminder_template_id'),
    plan_id         VARCHAR NOT NULL,
    lang            VARCHAR NOT NULL CHECK (lang IN ('nb', 'nn', 'en')),
    subject         VARCHAR NOT NULL,
    body            VARCHAR NOT NULL,
    changed_at      TIMESTAMP NOT NULL,
    changed_by      VARCHAR NOT NULL,
    import_batch_id INTEGER NOT NULL,
    source          VARCHAR
);
CREATE INDEX reminder_template_plan ON reminder_template (plan_id, lang, id);

-- reminder_sent: one row per e-mail the SMTP server accepted: to whom (the owner and
-- the address it went to), when, which measures it named, who sent it and how
-- ('page', 'cli' or 'schedule'), and the send run it was part of (one press of the
-- button, one command, one scheduled round: run_no). A mail cannot be taken back, so
-- these rows are a log, not an import batch: undo never removes them, and "never
-- twice a day" (an owner with a row on sent_on is skipped that day) reads them.
CREATE SEQUENCE reminder_run_no START 1;
CREATE SEQUENCE reminder_sent_id START 1;
CREATE TABLE reminder_sent (
    id          BIGINT PRIMARY KEY DEFAULT nextval('reminder_sent_id'),
    run_no      BIGINT NOT NULL,
    plan_id     VARCHAR NOT NULL,
    owner_id    VARCHAR NOT NULL,
    owner_name  VARCHAR NOT NULL,      -- the owner's name when the mail went
    address     VARCHAR NOT NULL,      -- the address it went to
    measure_ids VARCHAR[] NOT NULL,    -- the measures the mail named
    since       DATE NOT NULL,         -- "not reported since": the last meeting or cadence
    sent_on     DATE NOT NULL,         -- the day it counts for (settings.today())
    sent_at     TIMESTAMP NOT NULL,
    sent_by     VARCHAR NOT NULL,      -- the account, cli:<user>, or 'schedule'
    via         VARCHAR NOT NULL CHECK (via IN ('page', 'cli', 'schedule'))
);
CREATE INDEX reminder_sent_owner ON reminder_sent (owner_id, sent_on);
