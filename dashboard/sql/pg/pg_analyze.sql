-- PostgreSQL only: gather a table's statistics now (dashboard/pg/copy.py, after its rows
-- arrived): PostgreSQL plans from them, and autovacuum would gather them only later.
ANALYZE {table}
