-- PostgreSQL form of dashboard/migrations/0014_channel_richness.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Channel richness (issue 14): where a channel stands on Tynset kommune's scale, from
-- rich (face to face) to lean (written reports), seed 004. One of the level ids of
-- dashboard/coverage.py RICHNESS, or NULL ("ikke angitt"). Set by the channels upload
-- (column "rikhet"), the channels editor on Kanaler and the demo; shown in Kanaler's
-- coverage matrix. An existing channel keeps NULL until someone places it.
ALTER TABLE channel ADD COLUMN richness VARCHAR;
