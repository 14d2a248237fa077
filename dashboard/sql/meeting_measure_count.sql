-- How many measures a meeting's snapshot holds.
SELECT count(*) AS measures FROM meeting_measure WHERE meeting_id = $meeting_id
