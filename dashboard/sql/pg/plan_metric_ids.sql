-- PostgreSQL variant of ../plan_metric_ids.sql: each channel's figures counted per metric
-- along the covering index (migrations_pg/0022: an index-only scan of the channel's
-- range, already in metric order), then the channels' counts summed per metric; DuckDB's
-- form joins every figure to the channels and groups them all in one hash table (on
-- PostgreSQL a scan of the whole table: 312 ms of CPU on L's largest plan instead of
-- 14 ms on DuckDB). The same rows: count(*) is BIGINT on both.
-- The metrics a plan's organisation has figures for, most rows first.
SELECT f.metric, sum(f.rows)::BIGINT AS rows
FROM channel c
JOIN plan p ON p.organisation_id = c.organisation_id
CROSS JOIN LATERAL (
    SELECT cm.metric, count(*) AS rows
    FROM channel_metric cm
    WHERE cm.channel_id = c.id
    GROUP BY cm.metric
) f
WHERE p.id = $plan_id
GROUP BY f.metric
ORDER BY rows DESC, f.metric
