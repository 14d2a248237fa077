-- PostgreSQL only: a frame registered on a cursor (cur.register) becomes a temporary
-- table of the connection, filled with COPY (dashboard/pg/database.py).
CREATE TEMPORARY TABLE {table} ({columns})
