-- A new plan.
INSERT INTO plan (id, organisation_id, name, period_start, period_end, description, cadence_days,
    parent_id, import_batch_id, source)
VALUES ($id, $org, $name, $start, $end, $description, $cadence, $parent, $batch, $source)
