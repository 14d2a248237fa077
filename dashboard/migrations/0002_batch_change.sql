-- What an upload changed, so undoing it can put the previous values back.
-- previous: the row as it was before the batch changed it (JSON text, written by
-- dashboard.ingest.pipeline), keyed by the table's own key.
CREATE TABLE batch_change (
    batch_id   INTEGER NOT NULL,
    table_name VARCHAR NOT NULL CHECK (table_name IN ('goal', 'measure', 'channel_metric')),
    row_key    VARCHAR NOT NULL,
    previous   VARCHAR NOT NULL,
    PRIMARY KEY (batch_id, table_name, row_key)
);
