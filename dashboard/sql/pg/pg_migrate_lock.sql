-- PostgreSQL only: one process at a time applies migrations (replicas starting together).
SELECT pg_advisory_lock(1634496617)
