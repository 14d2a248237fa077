-- Publish or unpublish a plan's status page (one change, its own batch).
INSERT INTO plan_publication (plan_id, published, changed_at, changed_by, import_batch_id, source)
VALUES ($plan, $published, current_timestamp, $by, $batch, $source)
