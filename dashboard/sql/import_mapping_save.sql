-- Remember one mapped value of a tool export for a plan (replacing an earlier choice).
INSERT OR REPLACE INTO import_mapping
    (plan_id, source_format, kind_of_mapping, source_column, value, target, updated_at,
     updated_by)
VALUES ($plan_id, $source_format, $kind_of_mapping, $source_column, $value, $target,
        current_timestamp, $by)
