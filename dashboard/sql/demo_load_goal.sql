-- Demo load: goals from the registered frame rows (goals.csv).
INSERT INTO goal (id, plan_id, title, description, sort_order, import_batch_id, source)
SELECT goal_id, plan_id, title, nullif(description, ''), sort_order::INTEGER, $batch, source
FROM rows
