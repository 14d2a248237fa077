-- PostgreSQL form of dashboard/migrations/0019_owner_reports_done.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Owners' personal links, finished (issue 15; dashboard/owner_links.py, docs/owner-links.md).
--
-- 1. plan_owner_review becomes append-only, like plan_publication (0012): each time the
--    secretariat switches "updates from owners need approval" on or off is a row carrying
--    its own import batch (kind 'owner_approval_on' or 'owner_approval_off'), so the
--    plan's setting is its latest row (none: off), Importhistorikk lists who changed it
--    and when, and undoing the batch deletes its row and puts the setting before it back
--    in force (dashboard/sql/ingest_undo.sql). A setting saved before this migration
--    keeps its row, without a batch (it cannot be undone, as before).
CREATE SEQUENCE plan_owner_review_id START 1;
CREATE TABLE plan_owner_review_new (
    id              BIGINT PRIMARY KEY DEFAULT nextval('plan_owner_review_id'),
    plan_id         VARCHAR NOT NULL,
    needs_approval  BOOLEAN NOT NULL,
    changed_at      TIMESTAMP NOT NULL,
    changed_by      VARCHAR NOT NULL,
    import_batch_id INTEGER,
    source          VARCHAR
);
INSERT INTO plan_owner_review_new (plan_id, needs_approval, changed_at, changed_by)
SELECT plan_id, needs_approval, changed_at, changed_by FROM plan_owner_review
ORDER BY changed_at, plan_id;
DROP TABLE plan_owner_review;
ALTER TABLE plan_owner_review_new RENAME TO plan_owner_review;
CREATE INDEX plan_owner_review_plan ON plan_owner_review (plan_id, id);

-- 2. Every report sent through a link is a row of owner_submission, also when the plan
--    does not ask for approval: then it is 'saved' at once (batch_id: the import batch it
--    wrote; NULL when it changed nothing). So the page a used link opens says when the
--    owner reported, how many measures, and what became of it. DuckDB rebuilds the
--    table to change its CHECK; PostgreSQL replaces the constraint in place.
ALTER TABLE owner_submission DROP CONSTRAINT owner_submission_state_check;
ALTER TABLE owner_submission ADD CONSTRAINT owner_submission_state_check
    CHECK (state IN ('pending', 'approved', 'returned', 'saved'));
CREATE INDEX owner_submission_link ON owner_submission (link_id, id);
