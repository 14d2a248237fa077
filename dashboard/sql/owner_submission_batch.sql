-- Note the import batch an approved submission ($id) wrote.
UPDATE owner_submission SET batch_id = $batch WHERE id = $id
