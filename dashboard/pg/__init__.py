"""PostgreSQL as the store of record (issue 16; docs/scale-out.md).

- :mod:`dashboard.pg.sql`: the named queries in PostgreSQL's dialect and psycopg's
  parameter style (the one translation from DuckDB's ``$name``/``?``);
- :mod:`dashboard.pg.migrate`: the migrations of ``dashboard/migrations_pg`` (the same
  version numbers as DuckDB's), applied on a connection;
- :mod:`dashboard.pg.copy`: a DuckDB database's rows copied into PostgreSQL (COPY, in
  one transaction);
- :mod:`dashboard.pg.database`: ``PgDatabase``, the store behind the app's door when
  ``PLANPULS_DB`` is a ``postgresql://`` URL (``dashboard.db.open_database`` chooses).
"""
