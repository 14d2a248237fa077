-- Demo load: which measure waits on which (measure_dependencies.csv), in the demo's batch.
INSERT INTO measure_dependency (measure_id, depends_on, import_batch_id)
SELECT measure_id, depends_on, $batch
FROM rows
