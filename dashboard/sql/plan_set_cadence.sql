-- A plan's reporting cadence in days.
UPDATE plan
SET cadence_days = $d
WHERE id = $p
