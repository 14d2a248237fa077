-- PostgreSQL only: one process at a time applies migrations or fills an empty database
-- with the demo (replicas starting together); held until pg_start_unlock.
SELECT pg_advisory_lock(1634496617)
