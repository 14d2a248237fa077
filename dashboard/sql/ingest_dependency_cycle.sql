-- A ring of dependencies ($cycle, "t03 → t05 → t03") as a problem on the line that closes it.
INSERT INTO problems VALUES ($seq, $line, 'depends_on', $cycle, 'dependency_cycle')
