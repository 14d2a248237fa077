-- Write an edit of goal targets as batch $batch. A changed target is stored whole,
-- deleted and written again with its new values (its key may have changed); undo
-- deletes the batch's rows and puts the stored ones back.
INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'goal_kpi', e.id, to_json(k)
FROM goal_kpi k JOIN edit_rows e
  ON e.id = k.goal_id || '|' || k.channel_id || '|' || k.metric || '|'
            || CAST(k.period_start AS VARCHAR)
WHERE e.action IN ('changed', 'removed');

DELETE FROM goal_kpi
WHERE goal_id || '|' || channel_id || '|' || metric || '|' || CAST(period_start AS VARCHAR)
      IN (SELECT id FROM edit_rows WHERE action IN ('changed', 'removed'));

INSERT INTO goal_kpi (goal_id, channel_id, metric, target, period_start, period_end,
                      direction, import_batch_id, source)
SELECT e.v ->> 'goal_id', e.v ->> 'channel_id', e.v ->> 'metric',
       CAST(e.v ->> 'target' AS DOUBLE PRECISION),
       CAST(e.v ->> 'period_start' AS DATE), CAST(e.v ->> 'period_end' AS DATE),
       coalesce(e.v ->> 'direction', 'up'), $batch, $source
FROM edit_rows e WHERE e.action IN ('changed', 'added');
