-- PostgreSQL only: the first statement of every write transaction (PgDatabase.write).
-- Writes take turns, one at a time across every replica until the transaction ends, as
-- DuckDB's one writer makes them: an upload is checked against the rows it writes over,
-- an edit or a meeting's check-then-write sees no other write half done.
-- (The key is any constant of this house's.)
SELECT pg_advisory_xact_lock(1616)
