-- Rows of a tool export whose goal value or person is not mapped yet (temp table
-- unmapped: seq, what) are refused with a problem saying what to do, instead
-- of "unknown goal" or an owner created silently under a person's name.
DELETE FROM problems
WHERE field = 'goal_id' AND seq IN (SELECT seq FROM unmapped WHERE what = 'goal');

INSERT INTO problems
SELECT u.seq, s.line, CASE u.what WHEN 'goal' THEN 'goal_id' ELSE 'owner' END,
       coalesce(CASE u.what WHEN 'goal' THEN s.goal_id ELSE s.owner END, ''),
       'unmapped_' || u.what
FROM unmapped u JOIN stage s USING (seq);

DELETE FROM actions WHERE seq IN (SELECT seq FROM problems);

DELETE FROM parsed WHERE seq IN (SELECT seq FROM unmapped WHERE what = 'owner');
