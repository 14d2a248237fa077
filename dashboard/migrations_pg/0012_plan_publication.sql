-- PostgreSQL form of dashboard/migrations/0012_plan_publication.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Public status pages (issue 11): an admin publishes a plan, and anyone with the link
-- then reads its goals, progress, statuses and outcome figures at /status/{plan}
-- (dashboard/status_page.py), never its comments, owners or accounts.
--
-- Append-only, like status_update: each publish or unpublish is a row carrying its
-- own import batch (kind 'publish' or 'unpublish'), so the plan's publication is its
-- latest row (none: never published), Importhistorikk lists every change with who
-- made it, and undoing the batch deletes its row and puts the one before back in force.
CREATE SEQUENCE plan_publication_id START 1;
CREATE TABLE plan_publication (
    id              BIGINT PRIMARY KEY DEFAULT nextval('plan_publication_id'),
    plan_id         VARCHAR NOT NULL,
    published       BOOLEAN NOT NULL,     -- true: published from changed_at on
    changed_at      TIMESTAMP NOT NULL,
    changed_by      VARCHAR NOT NULL,     -- the account (or cli:<user>) that did it
    import_batch_id INTEGER NOT NULL,
    source          VARCHAR
);
CREATE INDEX plan_publication_plan ON plan_publication (plan_id, id);
