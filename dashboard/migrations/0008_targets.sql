-- Goal targets say whether up or down is good (issue 8: targets by upload).
--
-- "down" targets are met when the actual figure is at or below the target (fewer
-- complaints, shorter answer times); "up" ones when it is at or above. Existing
-- targets were all "more is better", hence the default.
--
-- DuckDB cannot add a column with a CHECK constraint, so the table is rebuilt
-- with its rows (as 0005 did for batch_change). Independent of 0006 and 0007.
CREATE TABLE goal_kpi_new (
    goal_id         VARCHAR NOT NULL,
    channel_id      VARCHAR NOT NULL,
    metric          VARCHAR NOT NULL,
    target          DOUBLE NOT NULL,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    import_batch_id INTEGER,
    source          VARCHAR,
    direction       VARCHAR NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
    PRIMARY KEY (goal_id, channel_id, metric, period_start)
);
INSERT INTO goal_kpi_new (goal_id, channel_id, metric, target, period_start, period_end,
                          import_batch_id, source)
SELECT goal_id, channel_id, metric, target, period_start, period_end, import_batch_id, source
FROM goal_kpi;
DROP TABLE goal_kpi;
ALTER TABLE goal_kpi_new RENAME TO goal_kpi;
