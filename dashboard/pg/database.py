"""The PostgreSQL store behind the same door as DuckDB's (issue 16; docs/scale-out.md).

:class:`PgDatabase` has the public surface of :class:`dashboard.db.Database` on a
psycopg_pool ``ConnectionPool``. Callers pass what they pass to DuckDB: a named query's
text from ``load_sql`` (a :class:`~dashboard.db.NamedSql`) and DuckDB-style parameters
(``$name`` with a mapping, ``?`` with a list). The adapter runs that query's PostgreSQL
variant (``dashboard/sql/pg/<name>.sql`` where there is one) in psycopg's parameter
style (:func:`dashboard.pg.sql.to_psycopg`, no cast added). Values come back as DuckDB
gives them: ``numeric`` as float, ``jsonb`` as JSON text, dates as dates, arrays as
lists; ``.df()`` makes its frame through DuckDB's own conversion, so pages see the same
dtypes on both stores.

The data version lives in the database (``app_setting`` row ``data_version``), raised by
the last statement of every write transaction: every process on the database (each
replica) reads it, so a write on one is seen by the others at their next rerun.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import duckdb
import pandas as pd
import psycopg
import pyarrow as pa
from psycopg.types.string import StrDumper, TextLoader
from psycopg_pool import ConnectionPool, PoolTimeout

from dashboard.db import (
    Database,
    DatabaseError,
    DatabaseUnreachableError,
    Identifier,
    NamedSql,
    identifier,
)
from dashboard.pg.migrate import MIGRATIONS_PG_DIR, migrate
from dashboard.pg.migrate import schema_version as pg_schema_version
from dashboard.pg.sql import _FloatLoader, pg_params, pg_sql, pg_value, to_psycopg

#: Connections the pool keeps at most (Streamlit's threads and the API share them).
POOL_SIZE = 8
#: Seconds to wait for the database when the process starts.
CONNECT_TIMEOUT = 15.0

_NAME = re.compile(r"[a-z_][a-z0-9_]*")

#: DuckDB's type of a registered frame's column → PostgreSQL's catalogue name for it.
_PG_TYPE = {
    "VARCHAR": "text",
    "BIGINT": "int8",
    "INTEGER": "int4",
    "SMALLINT": "int2",
    "TINYINT": "int2",
    "UTINYINT": "int2",
    "USMALLINT": "int4",
    "UINTEGER": "int8",
    "UBIGINT": "numeric",
    "HUGEINT": "numeric",
    "DOUBLE": "float8",
    "FLOAT": "float4",
    "BOOLEAN": "bool",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "TIMESTAMP_NS": "timestamp",
    "TIMESTAMP_MS": "timestamp",
    "TIMESTAMP_S": "timestamp",
    "TIMESTAMP WITH TIME ZONE": "timestamptz",
    "VARCHAR[]": "_text",
    "BIGINT[]": "_int8",
    "INTEGER[]": "_int4",
    "DOUBLE[]": "_float8",
    "DATE[]": "_date",
    '"NULL"': "text",
    "NULL": "text",
}

#: PostgreSQL's type (oid) of a result column → the Arrow type DuckDB reads it as.
_ARROW_TYPE: dict[int, pa.DataType] = {
    16: pa.bool_(),
    20: pa.int64(),
    21: pa.int16(),
    23: pa.int32(),
    26: pa.int64(),
    700: pa.float32(),
    701: pa.float64(),
    1700: pa.float64(),
    18: pa.string(),
    19: pa.string(),
    25: pa.string(),
    114: pa.string(),
    1042: pa.string(),
    1043: pa.string(),
    3802: pa.string(),
    1082: pa.date32(),
    1114: pa.timestamp("us"),
    1184: pa.timestamp("us", tz="UTC"),
    1000: pa.list_(pa.bool_()),
    1005: pa.list_(pa.int16()),
    1007: pa.list_(pa.int32()),
    1016: pa.list_(pa.int64()),
    1022: pa.list_(pa.float64()),
    1009: pa.list_(pa.string()),
    1015: pa.list_(pa.string()),
    1182: pa.list_(pa.date32()),
}


def display_url(url: str) -> str:
    """The URL without its password (for messages, logs and ``db.path``)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (f"{parts.username}@" if parts.username else "") + host
    if parts.port:
        netloc += f":{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


@cache
def _duck() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB of this process: frames in and out go through its conversion."""
    return duckdb.connect()


@cache
def _named_pg(name: str, identifiers: tuple[tuple[str, Identifier], ...]) -> str:
    return pg_sql(name, **dict(identifiers))


@lru_cache(maxsize=256)
def _translated(text: str) -> str:
    return to_psycopg(text)


def pg_text(text: str) -> str:
    """What runs on PostgreSQL for ``text``: a named query's PostgreSQL variant, other
    text (a statement of a split script) with its parameters translated, no cast added."""
    if isinstance(text, NamedSql):
        return _named_pg(text.name, text.identifiers)
    return _translated(text)


def _configure(conn: psycopg.Connection[Any]) -> None:
    """Every pooled connection works in UTC (times are stored in UTC, whatever the server's
    TimeZone), without JIT compilation (a cost, not a gain, for the pages' queries) and
    with a plan made for each execution's own parameters, never a generic one;
    it reads numeric as float and json(b) as text, as DuckDB gives;
    it sends a str as text (DuckDB's VARCHAR), not of unknown type: a parameter used twice
    in a statement would otherwise be deduced as text and as varchar, and refused."""
    conn.adapters.register_dumper(str, StrDumper)
    conn.execute(pg_sql("pg_session_utc"), {})
    conn.execute(pg_sql("pg_session_jit_off"), {})
    conn.execute(pg_sql("pg_session_custom_plans"), {})
    conn.adapters.register_loader("numeric", _FloatLoader)
    conn.adapters.register_loader("jsonb", TextLoader)
    conn.adapters.register_loader("json", TextLoader)


class PgCursor:
    """A DuckDB-like cursor on one pooled PostgreSQL connection (``.connection``)."""

    dialect = "postgresql"

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self.connection = connection
        self._cur = connection.cursor()
        self._registered: set[str] = set()

    @property
    def description(self) -> Any:
        """The columns of the last result (name first, as DuckDB's), None without one."""
        return self._cur.description

    def execute(self, text: str, parameters: Any = None) -> PgCursor:
        """Run DuckDB-style query text and parameters (``$name`` mapping, ``?`` list)."""
        query = pg_text(text)
        if not parameters and "%" not in query:  # no parameters: several statements may run
            self._cur.execute(query)
        else:
            self._cur.execute(query, _params(parameters))
        return self

    def executemany(self, text: str, rows: Sequence[Any]) -> PgCursor:
        """Run one statement for each set of parameters."""
        self._cur.executemany(pg_text(text), [_params(r) for r in rows])
        return self

    def fetchone(self) -> tuple[Any, ...] | None:
        """The next row (None when there is none or the statement gives no rows)."""
        return None if self._cur.description is None else self._cur.fetchone()

    def fetchall(self) -> list[tuple[Any, ...]]:
        """The remaining rows ([] for a statement without rows)."""
        return [] if self._cur.description is None else self._cur.fetchall()

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        """Up to ``size`` of the remaining rows."""
        return [] if self._cur.description is None else self._cur.fetchmany(size)

    def df(self) -> pd.DataFrame:
        """The remaining rows as DuckDB's ``.df()`` would give them (its own conversion)."""
        description = self._cur.description or []
        rows = self.fetchall()
        columns = []
        for i, column in enumerate(description):
            values = [row[i] for row in rows]
            kind = _ARROW_TYPE.get(column.type_code)
            columns.append(pa.array(values, type=kind) if kind else pa.array(values))
        table = pa.table(columns, names=[column.name for column in description])
        if not description:
            return pd.DataFrame()
        duck = _duck().cursor()
        try:
            return duck.from_arrow(table).df()
        finally:
            duck.close()

    def register(self, name: str, frame: Any) -> PgCursor:
        """Make ``frame`` (pandas or Arrow) a temporary table ``name`` on this connection,
        with the column types DuckDB reads it as, filled with COPY."""
        duck = _duck().cursor()
        try:
            duck.register("frame_rows", frame)
            relation = duck.table("frame_rows")  # DuckDB's reading of the frame, no SQL text
            names, kinds = relation.columns, [str(kind) for kind in relation.types]
            unknown = sorted({kind for kind in kinds if kind not in _PG_TYPE})
            if unknown:
                raise DatabaseError(f"{name}: no PostgreSQL column type for {unknown}")
            table = identifier(name, _NAME)
            types = _PG_TYPE.values()
            columns = Identifier(  # each part passed identifier()'s whitelist
                ", ".join(
                    f"{identifier(column, names)} {identifier(_PG_TYPE[kind], types)}"
                    for column, kind in zip(names, kinds, strict=True)
                )
            )
            self._cur.execute(pg_sql("pg_temp_table_drop", table=table), {})
            self._cur.execute(pg_sql("pg_temp_table_create", table=table, columns=columns), {})
            quoted = identifier(names, names)
            with self._cur.copy(pg_sql("pg_copy_in", table=table, columns=quoted)) as copy:
                for row in relation.fetchall():
                    copy.write_row(row)
            self._registered.add(name)
        finally:
            duck.close()
        return self

    def unregister(self, name: str) -> PgCursor:
        """Drop the temporary table a frame was registered as (in a failed transaction
        the rollback drops it)."""
        self._registered.discard(name)
        if self.connection.info.transaction_status == psycopg.pq.TransactionStatus.INERROR:
            return self
        self._cur.execute(pg_sql("pg_temp_table_drop", table=identifier(name, _NAME)), {})
        self._registered.discard(name)
        return self

    def close(self) -> None:
        """Drop what is still registered and close the cursor (the connection goes back)."""
        if not self.connection.closed:
            for name in list(self._registered):
                self.unregister(name)
        self._cur.close()


def _params(parameters: Any) -> Mapping[str, Any] | list[Any]:
    if parameters is None:
        return {}
    if isinstance(parameters, Mapping):
        return pg_params(parameters)
    return [pg_value(value) for value in parameters]


class PgDatabase(Database):
    """PostgreSQL as the store of record: the methods of :class:`Database`, a connection
    pool, the data version read from the database."""

    dialect = "postgresql"

    def __init__(self, pool: ConnectionPool, url: str) -> None:
        self._pool = pool
        self._lock = threading.RLock()
        self.path = display_url(url)
        self._version = 0

    @property
    def name(self) -> str:
        """The PostgreSQL database's name (the URL's path), never its host or user."""
        return urlsplit(self.path).path.lstrip("/")

    @classmethod
    def open(  # type: ignore[override]
        cls, url: str, *, migrations_dir: Path = MIGRATIONS_PG_DIR, pool_size: int = POOL_SIZE
    ) -> PgDatabase:
        """Connect to the PostgreSQL database at ``url`` and bring its schema up to date."""
        shown = display_url(url)
        pool = ConnectionPool(
            url,
            min_size=1,
            max_size=pool_size,
            kwargs={"autocommit": True},
            configure=_configure,
            open=False,
            name="planpuls",
        )
        try:
            pool.open(wait=True, timeout=CONNECT_TIMEOUT)
        except PoolTimeout as exc:
            pool.close()
            raise DatabaseUnreachableError(
                f"Cannot reach the PostgreSQL database {shown} within {CONNECT_TIMEOUT:.0f} s: "
                "check PLANPULS_DB (host, port, database, user) and that the server runs.",
                shown,
            ) from exc
        db = cls(pool, url)
        try:
            db.migrate(migrations_dir)
        except BaseException:
            pool.close()
            raise
        return db

    def close(self) -> None:
        """Close every connection of the pool."""
        self._pool.close()

    @contextmanager
    def cursor(self) -> Iterator[PgCursor]:  # type: ignore[override]
        """A cursor of its own on a pooled connection, outside any write (autocommit)."""
        with self._pool.connection() as conn:
            cur = PgCursor(conn)
            try:
                yield cur
            finally:
                cur.close()

    @property
    def version(self) -> int:
        """The data version of the database, which every committed write (from any
        process) raises: caches of what was read key on it."""
        with self._pool.connection() as conn:
            row = conn.execute(pg_sql("pg_data_version"), {}).fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def write(self) -> Iterator[PgCursor]:  # type: ignore[override]
        """The one write path: a transaction that commits whole or not at all, one at a
        time across every replica (an advisory lock, as DuckDB's one writer), and raises
        the data version as its last statement."""
        with self._lock, self._pool.connection() as conn:
            cur = PgCursor(conn)
            try:
                with conn.transaction():
                    conn.execute(pg_sql("pg_write_lock"), {})  # one writer at a time
                    yield cur
                    conn.execute(pg_sql("pg_data_version_raise"), {})
            finally:
                cur.close()

    @contextmanager
    def writes_paused(self) -> Iterator[PgCursor]:  # type: ignore[override]
        """A cursor while no write of this process runs (others' go on: PostgreSQL's
        snapshot keeps half a batch out of sight)."""
        with self._lock, self.cursor() as cur:
            yield cur

    def schema_version(self) -> int:
        """The highest migration applied to this database (0 when none)."""
        with self._pool.connection() as conn:
            return pg_schema_version(conn)

    @contextmanager
    def one_at_a_time(self) -> Iterator[None]:
        """A section that one process on the database runs at a time (an advisory lock
        on a connection of its own): migrating, filling an empty database with the demo."""
        with self._pool.connection() as conn:
            conn.execute(pg_sql("pg_start_lock"), {})
            try:
                yield
            finally:
                conn.execute(pg_sql("pg_start_unlock"), {})

    def migrate(self, directory: Path = MIGRATIONS_PG_DIR) -> list[int]:
        """Apply the PostgreSQL migrations this database has not had yet (one process at a
        time); return their versions."""
        with self.one_at_a_time(), self._pool.connection() as conn:
            return migrate(conn, directory)
