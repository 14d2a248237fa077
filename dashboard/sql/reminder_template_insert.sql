-- Save a plan's reminder text in one language (one change, its own batch).
INSERT INTO reminder_template (plan_id, lang, subject, body, changed_at, changed_by,
                               import_batch_id, source)
VALUES ($plan, $lang, $subject, $body, current_timestamp, $by, $batch, $source)
