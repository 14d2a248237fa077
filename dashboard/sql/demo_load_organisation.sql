-- Demo load: organisations from the registered frame rows (organisations.csv).
INSERT INTO organisation (id, name, import_batch_id, source)
SELECT organisation_id, name, $batch, source
FROM rows
