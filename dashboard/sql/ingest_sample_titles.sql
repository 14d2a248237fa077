-- The titles of the measures a preview's samples name.
SELECT id, title FROM measure WHERE list_contains($ids, id)
