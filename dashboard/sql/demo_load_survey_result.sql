-- Demo load: survey results with their sample size from the registered frame rows
-- (survey_results.csv, issue 14: Helsedirektoratet's outcome measurements).
INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value, audience_id,
    goal_id, sample_size, illustrative, import_batch_id, source)
SELECT channel_id, period_start::DATE, period_end::DATE, metric, value::DOUBLE PRECISION,
    nullif(audience_id, ''), nullif(goal_id, ''), nullif(sample_size, '')::INTEGER,
    illustrative::BOOLEAN, $batch, source
FROM rows
