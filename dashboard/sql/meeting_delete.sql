-- Remove a meeting and its snapshot (its measures and goals first).
DELETE FROM meeting_measure WHERE meeting_id = $id;

DELETE FROM meeting_goal WHERE meeting_id = $id;

DELETE FROM meeting WHERE id = $id;
