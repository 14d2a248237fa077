-- Demo load: channel figures from the registered frame rows (channel_metrics.csv).
INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value, audience_id,
    goal_id, illustrative, import_batch_id, source)
SELECT channel_id, period_start::DATE, period_end::DATE, metric, value::DOUBLE PRECISION,
    nullif(audience_id, ''), nullif(goal_id, ''), illustrative::BOOLEAN, $batch, source
FROM rows
