-- PostgreSQL form of dashboard/migrations/0015_measure_dependency.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Dependencies between measures (issue 14, item 5): a measure may wait on others of
-- the same plan. Written by a measures upload (its depends_on column) and by the
-- measures editor on Mål, in the same import batch as the measures: the batch's
-- previous links are kept in batch_change (the measure's row, key depends_on) and
-- put back on undo (dashboard/sql/ingest_undo.sql). Read by
-- dashboard/sql/measure_dependencies.sql for "venter på …" and the chain on Mål.
CREATE TABLE measure_dependency (
    measure_id      VARCHAR NOT NULL,
    depends_on      VARCHAR NOT NULL,
    import_batch_id INTEGER,
    PRIMARY KEY (measure_id, depends_on),
    CHECK (measure_id <> depends_on)
);
