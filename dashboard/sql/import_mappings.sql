-- The remembered mappings of one plan for one tool's exports (see migration 0009).
SELECT kind_of_mapping, source_column, value, target
FROM import_mapping
WHERE plan_id = $plan_id AND source_format = $source_format
ORDER BY kind_of_mapping, source_column, value
