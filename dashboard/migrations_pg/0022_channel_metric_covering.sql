-- PostgreSQL form of dashboard/migrations/0022_channel_metric_covering.sql: the same
-- version (applied by dashboard/pg/migrate.py); this one adds an index DuckDB has no use
-- for (tests/test_pg_schema.py names it as PostgreSQL's own).
-- The channel figures of a channel, metric by metric in date order, with the columns the
-- pages read (docs/scale-out.md, "Speed on PostgreSQL"). Every page that shows channel
-- figures (Kanaler's headlines, series, coverage and metric list; the goals' figures on
-- Oversikt, Presentasjon and Rapport) reads a plan's channels and sums or picks their
-- values per metric and date. Through this index PostgreSQL reads them from the index
-- alone (an index-only scan: 176 MB on L instead of the table's 268 MB, a channel's
-- rows side by side instead of spread over every page of the table), already in the
-- order its per-date groups need; goal_kpis finds a target's channel, metric and period
-- as one range of it. Upload and undo keep it up to date like the other indexes.
CREATE INDEX channel_metric_covering ON channel_metric (channel_id, metric, period_start)
    INCLUDE (audience_id, value, illustrative, sample_size);
