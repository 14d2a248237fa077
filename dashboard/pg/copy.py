"""A DuckDB database's rows copied into PostgreSQL: every table, parents first, with COPY,
in one transaction (issue 16; later the way checked upload rows reach PostgreSQL).
The statistics of every table copied are gathered before the copy commits.

The two schemas are the same (dashboard/migrations_pg, tests/test_pg_schema.py), so
each table's columns are copied by name. The schema has no FOREIGN KEY constraints (see
migrations/0001_initial.sql); the dependency order is read from the names instead: a
column ``<table>_id`` (``import_batch_id``, ``plan_id``, ``goal_id`` …) refers to that
table, which is copied first. The sequences continue where DuckDB's stand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import duckdb
import psycopg

from dashboard.db import DatabaseError, identifier, load_sql
from dashboard.db import schema_version as duckdb_schema_version
from dashboard.pg.migrate import schema_version as pg_schema_version
from dashboard.pg.sql import pg_sql

#: Rows read from DuckDB at a time while they stream into COPY.
BATCH_ROWS = 5000


def dependency_order(tables: Mapping[str, Sequence[str]]) -> list[str]:
    """The tables (name → columns) ordered so that a table comes after every table one of
    its ``<table>_id`` columns refers to; otherwise by name. A cycle is refused."""
    refers = {
        table: sorted(
            {c.removesuffix("_id") for c in columns if c.endswith("_id")} & set(tables) - {table}
        )
        for table, columns in tables.items()
    }
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(tables):
        ready = [t for t in sorted(tables) if t not in placed and set(refers[t]) <= placed]
        if not ready:
            rest = sorted(set(tables) - placed)
            raise DatabaseError(f"The tables refer to each other in a circle: {rest}")
        order.extend(ready)
        placed.update(ready)
    return order


def _rows(cur: duckdb.DuckDBPyConnection) -> Iterable[tuple[Any, ...]]:
    while batch := cur.fetchmany(BATCH_ROWS):
        yield from batch


def copy_database(duck: duckdb.DuckDBPyConnection, pg: psycopg.Connection[Any]) -> dict[str, int]:
    """Copy every row of the DuckDB database ``duck`` is on into the PostgreSQL database
    ``pg`` is on, in one transaction; return the rows copied per table, in the order copied.

    Every table's statistics are fresh when it returns (ANALYZE, in the same transaction).
    Both must stand at the same schema version and the PostgreSQL tables must be empty;
    otherwise nothing is copied and DatabaseError says why. Any failure rolls back the
    whole copy.
    """
    source_version = duckdb_schema_version(duck)
    with pg.transaction():
        target_version = pg_schema_version(pg)
        if source_version != target_version:
            raise DatabaseError(
                f"The DuckDB database has schema version {source_version} and the "
                f"PostgreSQL database {target_version}: migrate both to the same version."
            )
        tables = dict(duck.execute(load_sql("copy_tables")).fetchall())
        order = dependency_order(tables)
        for table in order:
            quoted = identifier(table, tables)
            count = pg.execute(pg_sql("table_count", table=quoted), {}).fetchone()
            if count and count[0]:
                raise DatabaseError(
                    f"The PostgreSQL table {table} already holds rows: the copy goes into "
                    "a new, migrated database."
                )
        copied: dict[str, int] = {}
        for table in order:
            quoted, columns = identifier(table, tables), identifier(tables[table], tables[table])
            duck.execute(load_sql("copy_rows", table=quoted, columns=columns))
            n = 0
            with pg.cursor() as cur:
                statement = pg_sql("pg_copy_in", table=quoted, columns=columns)
                with cur.copy(statement) as copy:
                    for row in _rows(duck):
                        copy.write_row(row)
                        n += 1
            copied[table] = n
            # Statistics now, not at autovacuum's next round: without them PostgreSQL
            # guesses a table's size and plans the pages' joins badly (docs/scale-out.md,
            # "Speed on PostgreSQL").
            pg.execute(pg_sql("pg_analyze", table=quoted), {})
        for sequence, value in duck.execute(load_sql("copy_sequences")).fetchall():
            pg.execute(pg_sql("pg_sequence_set"), {"sequence": sequence, "value": value})
    return copied
