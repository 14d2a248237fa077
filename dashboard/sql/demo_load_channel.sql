-- Demo load: channels from the registered frame rows (channels.csv).
INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source)
SELECT channel_id, organisation_id, name, scope, $batch, source
FROM rows
