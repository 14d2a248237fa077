-- PostgreSQL form of dashboard/migrations/0009_import_mappings.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- What a tool export's values mean in a plan, remembered for the next upload.
--
-- A Jira, Asana, monday.com or Planner export names its groups (epics, sections,
-- groups, buckets, labels) and people in its own words. The secretariat maps
-- them once on the upload page (or with `import --goal/--owner`); the mapping is
-- kept per plan and tool and offered again the next time:
--   'goal_column'  which column of the export says the goal (value '', target
--                  the column's name);
--   'goal'         a value of that column (source_column) -> a goal id;
--   'owner'        a name in the assignee column -> an owner's (role's) name.
-- A preference, not plan data: it is not part of an import batch and is not undone.
CREATE TABLE import_mapping (
    plan_id         VARCHAR NOT NULL,
    source_format   VARCHAR NOT NULL,
    kind_of_mapping VARCHAR NOT NULL CHECK (kind_of_mapping IN ('goal_column', 'goal', 'owner')),
    source_column   VARCHAR NOT NULL DEFAULT '',
    value           VARCHAR NOT NULL,
    target          VARCHAR NOT NULL,
    updated_at      TIMESTAMP NOT NULL DEFAULT current_timestamp,
    updated_by      VARCHAR NOT NULL,
    PRIMARY KEY (plan_id, source_format, kind_of_mapping, source_column, value)
);
