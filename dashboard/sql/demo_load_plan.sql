-- Demo load: plans from the registered frame rows (plans.csv).
INSERT INTO plan (id, organisation_id, name, period_start, period_end, description,
    source_document, note, import_batch_id, source)
SELECT plan_id, organisation_id, name, period_start::DATE, period_end::DATE, nullif(description,
    ''), nullif(source_document, ''), nullif(note, ''), $batch, source
FROM rows
