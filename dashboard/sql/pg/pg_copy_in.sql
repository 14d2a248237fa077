-- PostgreSQL only: the rows of one table arrive through COPY (dashboard/pg/copy.py).
COPY {table} ({columns}) FROM STDIN
