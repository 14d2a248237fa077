-- Demo load: goal KPIs from the registered frame rows (goal_kpis.csv).
INSERT INTO goal_kpi (goal_id, channel_id, metric, target, period_start, period_end,
    import_batch_id, source)
SELECT goal_id, channel_id, metric, target::DOUBLE PRECISION, period_start::DATE,
    period_end::DATE, $batch, source
FROM rows
