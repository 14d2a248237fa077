-- PostgreSQL only: this process's start section is done; the next process may go on.
SELECT pg_advisory_unlock(1634496617)
