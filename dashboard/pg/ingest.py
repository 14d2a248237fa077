"""Uploads and undo on PostgreSQL (issue 16, item 2).

Reading and checking stay in DuckDB: an upload is checked in a DuckDB in memory that
holds the rows the check reads from the store (:data:`STORE_ROWS`: the vocabularies,
the goals and measures whole, the plan's own history), copied from PostgreSQL inside
the upload's transaction; the rules, macros and messages are DuckDB's, unchanged
(dashboard.ingest.pipeline). The checked rows (temp tables ``actions``, and for channel
figures ``actions_named``) then go into PostgreSQL temporary tables with COPY, and the
apply script of the kind runs on PostgreSQL (its variant in dashboard/sql/pg/ where the
dialects differ), then the tool mapping and the dangling-reference check: all in the
caller's one transaction, so a failure leaves PostgreSQL as it was.

The functions take the psycopg connection whose transaction is open (the store's
``write().connection``, or ``cursor().connection`` for a preview); they never commit.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

import duckdb
import psycopg
import pyarrow as pa

from dashboard.db import Database, DatabaseError, Identifier, identifier, load_sql
from dashboard.db import run_script as db_run_script
from dashboard.ingest import mapping
from dashboard.ingest.pipeline import Preview, Upload, apply_params
from dashboard.pg.database import PgCursor
from dashboard.pg.sql import pg_params, pg_sql

#: Tables the upload check reads from the store (dashboard/sql/ingest_*.sql, and for tool
#: exports import_mappings, goals, plan_organisation_owners), and which of their rows go
#: into the check's DuckDB: every row (None), or the rows of a scope query
#: (dashboard/sql/pg/pg_ingest_rows_<scope>.sql, bound to the upload's plan). Goals and
#: measures go whole: a goals file may name other plans, and a measure or goal of
#: another plan is a problem the check must see (``measure_other_plan``).
STORE_ROWS: dict[str, str | None] = {
    "plan": None,
    "owner": None,
    "channel": None,
    "audience": None,
    "goal": None,
    "measure": None,
    "import_mapping": "plan",
}
#: The history a kind's check reads besides, scoped to the plan: the status updates of
#: its measures (the latest status; an update already there), its measures' links, its
#: goals' targets, its organisation's channel figures.
KIND_ROWS: dict[str, dict[str, str]] = {
    "status": {"status_update": "plan_measures"},
    "measures": {
        "status_update": "plan_measures",
        "measure_channel": "plan_measures",
        "measure_audience": "plan_measures",
        "measure_dependency": "plan_measures",
    },
    "metrics": {"channel_metric": "plan_channels"},
    "targets": {"goal_kpi": "plan_goals"},
}
#: The checked tables an apply script reads, per kind.
CHECKED_TABLES: dict[str, tuple[str, ...]] = {"metrics": ("actions", "actions_named")}
_CHECKED = frozenset({"actions", "actions_named", "pp_slugs"})

#: DuckDB's types of checked columns → PostgreSQL's. Any other type is refused, named:
#: a column is never turned into another type unsaid.
PG_TYPES = {
    "VARCHAR": "VARCHAR",
    "VARCHAR[]": "VARCHAR[]",
    "INTEGER": "INTEGER",
    "BIGINT": "BIGINT",
    "SMALLINT": "SMALLINT",
    "DOUBLE": "DOUBLE PRECISION",
    "DATE": "DATE",
    "TIMESTAMP": "TIMESTAMP",
    "BOOLEAN": "BOOLEAN",
}
#: Columns of the checked rows holding names that may become new ids (pp_slug).
_NAME_COLUMNS = ("name", "owner_name", "channel_name", "audience_name")
_NAME_LISTS = ("channel_names", "audience_names")
_COLUMN_NAME = re.compile(r"[a-z_][a-z0-9_]*")

#: How the pipeline checks an upload on a DuckDB cursor (pipeline._check_either).
CheckOn = Callable[..., Preview]


def run_script(conn: psycopg.Connection[Any], name: str, params: Mapping[str, Any]) -> None:
    """Run the PostgreSQL form of a multi-statement SQL file on ``conn``: the store's own
    dashboard.db.run_script through its cursor adapter."""
    cur = PgCursor(conn)
    try:
        db_run_script(cast(Any, cur), load_sql(name), params)  # (a DuckDB-like cursor)
    finally:
        cur.close()


def _store_tables(cur: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    return dict(cur.execute(load_sql("copy_tables")).fetchall())


def load_store(
    conn: psycopg.Connection[Any], cur: duckdb.DuckDBPyConnection, plan_id: str, kind: str | None
) -> dict[str, int]:
    """Copy the rows an upload of ``kind`` for ``plan_id`` is checked against from
    PostgreSQL into the migrated DuckDB ``cur`` is on; the rows copied per table."""
    tables = _store_tables(cur)
    wanted = {**STORE_ROWS, **KIND_ROWS.get(kind or "", {})}
    copied: dict[str, int] = {}
    for table, scope in wanted.items():
        quoted = identifier(table, tables)
        columns = identifier(tables[table], tables[table])
        query = (
            pg_sql("copy_rows", table=quoted, columns=columns)
            if scope is None
            else pg_sql(f"pg_ingest_rows_{scope}", table=quoted, columns=columns)
        )
        params = {} if scope is None else {"plan_id": plan_id}
        rows = conn.execute(query, params).fetchall()
        copied[table] = len(rows)
        if not rows:
            continue
        names = tables[table]
        values = zip(*rows, strict=True)
        arrow = pa.table({c: pa.array(list(v)) for c, v in zip(names, values, strict=True)})
        cur.register("pg_rows", arrow)
        try:
            cur.execute(load_sql("ingest_store_rows_insert", table=quoted, columns=columns))
        finally:
            cur.unregister("pg_rows")
    return copied


class PgCheck:
    """An upload checked in DuckDB in memory against PostgreSQL's rows, and written to
    PostgreSQL: what pipeline.preview/commit/check_and_commit use on a PostgreSQL store.

    ``check_on`` is the pipeline's check on a DuckDB cursor. A check for a commit runs in
    PgDatabase.write's transaction, which holds the write lock (pg_write_lock.sql): the
    rows checked against are the rows written over."""

    def __init__(self, conn: psycopg.Connection[Any], check_on: CheckOn):
        self.conn = conn
        self._check_on = check_on
        self._stack = contextlib.ExitStack()
        self._cur: duckdb.DuckDBPyConnection | None = None
        #: Rows copied into the check's DuckDB per table, by the last check.
        self.copied: dict[str, int] = {}

    def __enter__(self) -> PgCheck:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def check(self, upload: Upload, understood: Any, **kwargs: Any) -> Preview:
        """The pipeline's check of ``upload`` in a new in-memory DuckDB holding the store's
        rows it reads; its Preview. The checked rows stay there for :meth:`apply`."""
        self._stack.close()
        memory = Database.open(":memory:")
        self._stack.callback(memory.close)
        cur = self._stack.enter_context(memory.cursor())
        self.copied = load_store(self.conn, cur, upload.plan_id, understood.detected.kind)
        self._cur = cur
        return self._check_on(cur, upload, understood, **kwargs)

    def apply(
        self, upload: Upload, checked: Preview, *, by: str, batch_kind: str | None = None
    ) -> int | None:
        """Write the checked upload to PostgreSQL as one import batch (as pipeline._apply
        does on DuckDB); its id, or None when it would change nothing."""
        if self._cur is None:
            raise RuntimeError("apply() follows check()")
        kind, org_id = checked.kind, checked.org_id
        if kind is None or (not checked.counts["added"] and not checked.counts["changed"]):
            return None  # (a file of no known kind was refused before its rows were counted)
        if org_id is None:  # (the check found the plan's organisation, or refused the plan)
            raise DatabaseError(f"the plan {upload.plan_id!r} has no organisation")
        conn = self.conn
        (batch,) = _one_row(
            conn,
            "ingest_batch_insert",
            {
                "by": by,
                "file": upload.file_name,
                "checksum": upload.checksum,
                "kind": batch_kind or kind,
                "format": checked.source_format,
                "added": checked.counts["added"],
                "changed": checked.counts["changed"],
                "unchanged": checked.counts["unchanged"],
            },
        )
        names: set[str] = set()
        for table in CHECKED_TABLES.get(kind, ("actions",)):
            names |= copy_checked(self._cur, conn, table)
        _slugs(self._cur, conn, org_id, names)
        _channel_scopes(conn, upload.scopes)
        params = apply_params(upload, checked, batch, by)
        run_script(conn, f"ingest_{kind}_apply", params)
        if checked.tool_map is not None:
            for saved in mapping.remembered(upload.plan_id, checked.tool_map, by):
                conn.execute(pg_sql("import_mapping_save"), pg_params(saved))
        dangling = _dangling(conn, batch)
        if dangling:
            raise DatabaseError(f"upload would leave dangling references: {dangling[:5]}")
        return int(batch)


def _one_row(
    conn: psycopg.Connection[Any], name: str, params: Mapping[str, Any]
) -> tuple[Any, ...]:
    row = conn.execute(pg_sql(name), pg_params(params)).fetchone()
    if row is None:
        raise DatabaseError("The statement returned no row.")
    return tuple(row)


def _dangling(conn: psycopg.Connection[Any], batch: int | None) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(pg_sql("dangling_references"), {"batch": batch})]


def column_definitions(columns: Sequence[tuple[str, str]]) -> Identifier:
    """``"name" TYPE, …`` for a temporary table: each name checked as a plain column name,
    each DuckDB type mapped by :data:`PG_TYPES` (another is refused, named)."""
    parts = []
    for name, duck_type in columns:
        if duck_type not in PG_TYPES:
            raise DatabaseError(f"no PostgreSQL type for the checked column {name} ({duck_type})")
        parts.append(f"{identifier(name, _COLUMN_NAME)} {PG_TYPES[duck_type]}")
    return Identifier(", ".join(parts))


def copy_checked(
    cur: duckdb.DuckDBPyConnection, conn: psycopg.Connection[Any], table: str
) -> set[str]:
    """The checked rows of DuckDB's temp table (or view) ``table`` into a PostgreSQL
    temporary table of the same name and columns, with COPY; the names among them that
    may become new ids."""
    quoted = identifier(table, _CHECKED)
    described = cur.execute(load_sql("ingest_checked_columns", table=quoted)).fetchall()
    columns = [(str(row[0]), str(row[1])) for row in described]
    conn.execute(pg_sql("pg_ingest_temp_table", table=quoted, columns=column_definitions(columns)))
    keys = [name for name, _type in columns]
    names_sql = identifier(keys, _COLUMN_NAME)
    singles = [i for i, k in enumerate(keys) if k in _NAME_COLUMNS]
    lists = [i for i, k in enumerate(keys) if k in _NAME_LISTS]
    names: set[str] = set()
    cur.execute(load_sql("copy_rows", table=quoted, columns=names_sql))
    statement = pg_sql("pg_copy_in", table=quoted, columns=names_sql)
    with conn.cursor() as pg_cur, pg_cur.copy(statement) as copy:
        for row in _rows(cur):
            copy.write_row(row)
            names.update(row[i] for i in singles if row[i] is not None)
            for i in lists:
                names.update(n for n in row[i] or () if n is not None)
    return names


def _rows(cur: duckdb.DuckDBPyConnection) -> Iterable[tuple[Any, ...]]:
    while batch := cur.fetchmany(5000):
        yield from batch


def _slugs(
    cur: duckdb.DuckDBPyConnection, conn: psycopg.Connection[Any], org_id: str, names: set[str]
) -> None:
    """Temp table pp_slugs (org, name, slug) with DuckDB's slug of every name of the
    upload, on both, and the function pg_temp.pp_slug that reads it
    (pg_ingest_slug_function.sql)."""
    names_json = json.dumps(sorted(names), ensure_ascii=False)
    cur.execute(load_sql("ingest_slugs"), {"org_id": org_id, "names": names_json})
    copy_checked(cur, conn, "pp_slugs")
    conn.execute(pg_sql("pg_ingest_slug_function"), {})


def _channel_scopes(conn: psycopg.Connection[Any], scopes: Mapping[str, str]) -> None:
    """Temp table channel_scopes, as pipeline._channel_scopes makes it on DuckDB."""
    chosen = [(name, scope) for name, scope in scopes.items() if scope in ("internal", "external")]
    conn.execute(
        pg_sql("ingest_channel_scopes"),
        {
            "names": json.dumps([name for name, _scope in chosen], ensure_ascii=False),
            "scopes": json.dumps([scope for _name, scope in chosen]),
        },
    )
