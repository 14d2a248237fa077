-- Every table an upload or an edit on the pages may change can be restored by undo.
--
-- 0002 allowed batch_change rows for goal, measure and channel_metric only. Edits
-- on the pages and new upload kinds also change and remove goal targets, owners,
-- channels, target groups and plans, so the list grows here (DuckDB cannot alter
-- a CHECK constraint in place: the table is rebuilt with its rows).
--
-- The rule for every writer (see dashboard/sql/ingest_undo.sql): before batch B
-- changes or removes a row, it stores the whole row as it was (to_json of the row,
-- its import_batch_id and source included) under (B, table, the row's key); a
-- changed row then carries import_batch_id = B. Undoing B deletes the rows that
-- carry B and puts the stored rows back.
CREATE TABLE batch_change_new (
    batch_id   INTEGER NOT NULL,
    table_name VARCHAR NOT NULL CHECK (table_name IN (
        'plan', 'goal', 'goal_kpi', 'measure', 'owner', 'channel', 'audience',
        'channel_metric')),
    row_key    VARCHAR NOT NULL,
    previous   VARCHAR NOT NULL,
    PRIMARY KEY (batch_id, table_name, row_key)
);
INSERT INTO batch_change_new SELECT batch_id, table_name, row_key, previous FROM batch_change;
DROP TABLE batch_change;
ALTER TABLE batch_change_new RENAME TO batch_change;
