-- Demo load: measures from the registered frame rows (measures.csv).
INSERT INTO measure (id, goal_id, title, owner_id, start_date, due_date, weight, sort_order,
    import_batch_id, source)
SELECT measure_id, goal_id, title, nullif(owner_id, ''), nullif(start, '')::DATE, nullif(due,
    '')::DATE, coalesce(nullif(weight, '')::DOUBLE PRECISION, 1), line, $batch, source
FROM rows
