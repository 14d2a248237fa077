-- Demo load: owners from the registered frame rows (owners.csv).
INSERT INTO owner (id, organisation_id, name, import_batch_id, source)
SELECT owner_id, organisation_id, name, $batch, source
FROM rows
