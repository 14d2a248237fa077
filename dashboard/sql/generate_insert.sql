-- dashboard.generate: write the staged batches, status history and channel figures
-- (daily, one row per series and day: row i is series i % $series on day i // $series
-- after $metrics_start), with explicit ids in a fixed order so the same seed gives
-- the same rows. The caller moves the id sequences past them afterwards.
INSERT INTO import_batch (id, created_at, created_by, file_name, checksum, kind,
                          source_format, rows_added)
SELECT id, created_at, 'generator', file_name, md5(key), kind, 'planpuls', 0
FROM gen_batches;

INSERT INTO status_update (id, measure_id, update_date, status, progress, comment,
                           reported_by, illustrative, recorded_at, import_batch_id, source)
SELECT u.row_id, u.measure_id, u.update_date, u.status, u.progress, u.comment, u.owner_name,
       true, u.recorded_at, b.id, b.file_name
FROM gen_updates u
JOIN gen_batches b ON b.kind = 'status' AND b.plan_index = u.plan_index
                  AND b.period = u.quarter
ORDER BY u.row_id;

INSERT INTO channel_metric (id, channel_id, period_start, period_end, metric, value,
                            audience_id, goal_id, measure_id, illustrative, import_batch_id,
                            source)
WITH r AS (
    SELECT i, i % $series AS s, (i // $series)::INTEGER AS day,
           $metrics_start::DATE + (i // $series)::INTEGER AS d
    FROM range($metrics) t(i)
)
SELECT r.i + 1, s.channel_id, r.d, r.d, s.metric,
       CASE WHEN s.stock
            THEN round(s.base * (1 + s.growth * r.day / 365.0) + 20 * gen_r($seed, r.i, 'v'))
            ELSE round(s.base * (0.5 + gen_r($seed, r.i, 'v')) * (1 + s.growth * r.day / 365.0))
       END,
       s.audience_id, s.goal_id, s.measure_id, true, b.id, b.file_name
FROM r
JOIN gen_series s ON s.s = r.s
JOIN gen_batches b ON b.kind = 'metrics' AND b.org_index = s.org_index
                  AND b.period = date_trunc('month', r.d)::DATE
ORDER BY r.i;

UPDATE import_batch SET rows_added = c.n
FROM (
    SELECT b, sum(n)::INTEGER AS n FROM (
        SELECT import_batch_id AS b, count(*) AS n FROM status_update GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM channel_metric GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM measure GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM goal GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM goal_kpi GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM plan GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM owner GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM channel GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM audience GROUP BY 1
        UNION ALL SELECT import_batch_id, count(*) FROM organisation GROUP BY 1
    ) GROUP BY b
) c
WHERE c.b = import_batch.id
