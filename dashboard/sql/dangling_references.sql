-- Rows whose references point nowhere: (table, row id, missing target). The
-- schema has no FOREIGN KEY constraints (see migrations/0001), so every write
-- path runs this before it commits: an upload for the rows of its own batch
-- ($batch), an undo or the demo for everything ($batch NULL).
SELECT 'plan' AS table_name, p.id AS row_id, p.organisation_id AS target FROM plan p
WHERE p.organisation_id NOT IN (SELECT id FROM organisation)
  AND ($batch::INTEGER IS NULL OR p.import_batch_id = $batch)
UNION ALL
SELECT 'plan', p.id, p.parent_id FROM plan p
WHERE p.parent_id IS NOT NULL AND p.parent_id NOT IN (SELECT id FROM plan)
  AND ($batch::INTEGER IS NULL OR p.import_batch_id = $batch)
UNION ALL
SELECT 'owner', o.id, o.organisation_id FROM owner o
WHERE o.organisation_id NOT IN (SELECT id FROM organisation)
  AND ($batch::INTEGER IS NULL OR o.import_batch_id = $batch)
UNION ALL
SELECT 'channel', c.id, c.organisation_id FROM channel c
WHERE c.organisation_id NOT IN (SELECT id FROM organisation)
  AND ($batch::INTEGER IS NULL OR c.import_batch_id = $batch)
UNION ALL
SELECT 'audience', a.id, a.organisation_id FROM audience a
WHERE a.organisation_id NOT IN (SELECT id FROM organisation)
  AND ($batch::INTEGER IS NULL OR a.import_batch_id = $batch)
UNION ALL
SELECT 'goal', g.id, g.plan_id FROM goal g
WHERE g.plan_id NOT IN (SELECT id FROM plan)
  AND ($batch::INTEGER IS NULL OR g.import_batch_id = $batch)
UNION ALL
SELECT 'goal_kpi', k.goal_id, k.channel_id FROM goal_kpi k
WHERE (k.goal_id NOT IN (SELECT id FROM goal) OR k.channel_id NOT IN (SELECT id FROM channel))
  AND ($batch::INTEGER IS NULL OR k.import_batch_id = $batch)
UNION ALL
SELECT 'measure', m.id, m.goal_id FROM measure m
WHERE m.goal_id NOT IN (SELECT id FROM goal)
  AND ($batch::INTEGER IS NULL OR m.import_batch_id = $batch)
UNION ALL
SELECT 'measure', m.id, m.owner_id FROM measure m
WHERE m.owner_id IS NOT NULL AND m.owner_id NOT IN (SELECT id FROM owner)
  AND ($batch::INTEGER IS NULL OR m.import_batch_id = $batch)
UNION ALL
SELECT 'measure_channel', mc.measure_id, mc.channel_id FROM measure_channel mc
WHERE (mc.measure_id NOT IN (SELECT id FROM measure)
       OR mc.channel_id NOT IN (SELECT id FROM channel))
  AND ($batch::INTEGER IS NULL
       OR mc.measure_id IN (SELECT id FROM measure WHERE import_batch_id = $batch))
UNION ALL
SELECT 'measure_audience', ma.measure_id, ma.audience_id FROM measure_audience ma
WHERE (ma.measure_id NOT IN (SELECT id FROM measure)
       OR ma.audience_id NOT IN (SELECT id FROM audience))
  AND ($batch::INTEGER IS NULL
       OR ma.measure_id IN (SELECT id FROM measure WHERE import_batch_id = $batch))
UNION ALL
SELECT 'measure_dependency', md.measure_id, md.depends_on FROM measure_dependency md
WHERE (md.measure_id NOT IN (SELECT id FROM measure)
       OR md.depends_on NOT IN (SELECT id FROM measure))
  AND ($batch::INTEGER IS NULL OR md.import_batch_id = $batch)
UNION ALL
SELECT 'status_update', su.id::VARCHAR, su.measure_id FROM status_update su
WHERE su.measure_id NOT IN (SELECT id FROM measure)
  AND ($batch::INTEGER IS NULL OR su.import_batch_id = $batch)
UNION ALL
SELECT 'channel_metric', cm.id::VARCHAR, cm.channel_id FROM channel_metric cm
WHERE ($batch::INTEGER IS NULL OR cm.import_batch_id = $batch)
  AND (cm.channel_id NOT IN (SELECT id FROM channel)
       OR (cm.audience_id IS NOT NULL AND cm.audience_id NOT IN (SELECT id FROM audience))
       OR (cm.goal_id IS NOT NULL AND cm.goal_id NOT IN (SELECT id FROM goal))
       OR (cm.measure_id IS NOT NULL AND cm.measure_id NOT IN (SELECT id FROM measure)))
UNION ALL
SELECT 'meeting', m.name, m.plan_id FROM meeting m
WHERE m.plan_id NOT IN (SELECT id FROM plan)
  AND ($batch::INTEGER IS NULL OR m.import_batch_id = $batch)
UNION ALL
SELECT 'plan_publication', pp.plan_id, pp.plan_id FROM plan_publication pp
WHERE pp.plan_id NOT IN (SELECT id FROM plan)
  AND ($batch::INTEGER IS NULL OR pp.import_batch_id = $batch)
