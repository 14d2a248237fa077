-- Archive a plan ($archive true) or bring it back (false).
UPDATE plan
SET archived_at = CASE WHEN $archive THEN current_timestamp END,
    archived_by = CASE WHEN $archive THEN $by END
WHERE id = $id
