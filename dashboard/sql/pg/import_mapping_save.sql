-- PostgreSQL variant of ../import_mapping_save.sql: DuckDB's INSERT OR REPLACE is
-- INSERT … ON CONFLICT (the primary key) DO UPDATE.
INSERT INTO import_mapping
    (plan_id, source_format, kind_of_mapping, source_column, value, target, updated_at,
     updated_by)
VALUES ($plan_id, $source_format, $kind_of_mapping, $source_column, $value, $target,
        current_timestamp, $by)
ON CONFLICT (plan_id, source_format, kind_of_mapping, source_column, value)
DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at,
              updated_by = excluded.updated_by
