-- PostgreSQL only: uploads and undos take turns (one at a time across every replica, until
-- the transaction ends), as DuckDB's one write lock makes them: the rows an upload is
-- checked against are the rows it writes over. (The key is any constant of this house's.)
SELECT pg_advisory_xact_lock(1616)
