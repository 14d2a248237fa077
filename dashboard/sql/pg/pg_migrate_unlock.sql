-- PostgreSQL only: the migrations are applied; the next process may look.
SELECT pg_advisory_unlock(1634496617)
