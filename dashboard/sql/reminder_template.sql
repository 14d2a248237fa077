-- The reminder text in force for plan $plan_id in language $lang: its latest row (the
-- rows of undone batches are gone); no row: the default words.
SELECT subject, body, changed_at, changed_by, import_batch_id AS batch_id
FROM reminder_template
WHERE plan_id = $plan_id AND lang = $lang
ORDER BY id DESC
LIMIT 1
