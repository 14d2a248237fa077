-- Demo load: audiences from the registered frame rows (audiences.csv).
INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT audience_id, organisation_id, name, scope, $batch, source
FROM rows
