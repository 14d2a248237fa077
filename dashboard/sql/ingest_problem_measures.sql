-- The measure (id and title) on each staged line that has a problem.
SELECT s.seq, s.line, pp_text(s.measure_id) AS measure_id, m.title
FROM stage s
LEFT JOIN measure m ON m.id = pp_text(s.measure_id)
WHERE list_contains($lines, s.line)
