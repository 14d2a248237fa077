-- PostgreSQL form of dashboard/migrations/0006_plans.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Plans an organisation makes itself: a parent plan (a regional strategy above its
-- half-yearly communication plans) and archiving. An archived plan leaves the plan
-- picker and the readers' views; its rows stay, and it can be brought back.
ALTER TABLE plan ADD COLUMN parent_id VARCHAR;
ALTER TABLE plan ADD COLUMN archived_at TIMESTAMP;
ALTER TABLE plan ADD COLUMN archived_by VARCHAR;
