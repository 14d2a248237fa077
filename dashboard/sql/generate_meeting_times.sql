-- Generated meetings are recorded at 15:00 on their day (the same seed, the same rows).
UPDATE meeting SET recorded_at = meeting_date + INTERVAL 15 HOUR
