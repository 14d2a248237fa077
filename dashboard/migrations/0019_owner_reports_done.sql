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
--    owner reported, how many measures, and what became of it. DuckDB cannot alter a
--    CHECK, so the table is rebuilt with its rows (as 0008 did for goal_kpi).
CREATE TABLE owner_submission_new (
    id           BIGINT PRIMARY KEY DEFAULT nextval('owner_submission_id'),
    link_id      VARCHAR NOT NULL,
    plan_id      VARCHAR NOT NULL,
    owner_id     VARCHAR NOT NULL,
    owner_name   VARCHAR NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    report_date  DATE NOT NULL,         -- the date the updates carry
    reports      VARCHAR NOT NULL,      -- JSON: [{measure_id, status, progress, comment}]
    state        VARCHAR NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'approved', 'returned', 'saved')),
    decided_at   TIMESTAMP,
    decided_by   VARCHAR,
    comment      VARCHAR,               -- the secretariat's words when returning it
    batch_id     INTEGER                -- the import batch an approval (or a saved report) wrote
);
INSERT INTO owner_submission_new
SELECT id, link_id, plan_id, owner_id, owner_name, submitted_at, report_date, reports, state,
       decided_at, decided_by, comment, batch_id
FROM owner_submission;
DROP TABLE owner_submission;
ALTER TABLE owner_submission_new RENAME TO owner_submission;
CREATE INDEX owner_submission_plan ON owner_submission (plan_id, state);
CREATE INDEX owner_submission_link ON owner_submission (link_id, id);
