-- A new meeting; returns its id. Its snapshot rows follow in the same transaction.
INSERT INTO meeting (plan_id, name, meeting_date, plan_name, organisation, cadence_days,
                     illustrative, note, recorded_by, import_batch_id, source)
VALUES ($plan_id, $name, $meeting_date, $plan_name, $organisation, $cadence_days,
        $illustrative, $note, $recorded_by, $batch, $source)
RETURNING id
