-- A new organisation.
INSERT INTO organisation (id, name, import_batch_id, source)
VALUES ($id, $name, $batch, $source)
