-- Set (NULL clears) where reminders to the owner $id go (dashboard.board.emails).
UPDATE owner SET email = $email WHERE id = $id
