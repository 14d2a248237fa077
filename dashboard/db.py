"""The one door to the data: connections, migrations, named queries, the write path.

DuckDB allows one writing process per file, so the Streamlit server (or one CLI
command) owns the file. Inside that process one connection is shared and every
use takes its own cursor; all writes go through :meth:`Database.write`, which
holds a lock and a transaction.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

SQL_DIR = Path(__file__).parent / "sql"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class DatabaseError(Exception):
    """A database problem a person can act on; the message says what to do."""


class DatabaseBusyError(DatabaseError):
    """Another process (usually the running dashboard) holds the database file."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class DatabaseUnreachableError(DatabaseError):
    """The PostgreSQL server does not answer (dashboard/pg/database.py); ``target`` is its
    URL without the password."""

    def __init__(self, message: str, target: str) -> None:
        super().__init__(message)
        self.target = target


class Identifier(str):
    """A quoted SQL identifier that :func:`identifier` let through its whitelist: the only
    kind of text :func:`load_sql` puts into a query (a table or column name cannot be a
    bound parameter)."""


def identifier(
    names: str | Sequence[str], allowed: Collection[str] | re.Pattern[str]
) -> Identifier:
    """``names`` quoted for SQL (several: comma-separated), each checked against ``allowed``
    (a collection of names, or a pattern for names this code makes up); ValueError else.

    The one door for a name into SQL text: values are bound parameters, never text.
    """
    if isinstance(allowed, str):  # ("la" in "plan" would pass)
        raise TypeError("allowed is a collection of names or a pattern, not one string")
    listed = [names] if isinstance(names, str) else list(names)
    for name in listed:
        ok = (
            allowed.fullmatch(name) is not None
            if isinstance(allowed, re.Pattern)
            else name in allowed
        )
        if not ok:
            raise ValueError(f"not an allowed SQL identifier: {name!r}")
    if not listed:
        raise ValueError("no SQL identifier given")
    return Identifier(", ".join('"' + name.replace('"', '""') + '"' for name in listed))


#: The SQL dialects a query can be loaded for: DuckDB's (every query) and PostgreSQL's
#: (issue 16: ``dashboard/sql/pg/<name>.sql`` where the dialects differ, else the same file).
DIALECTS = ("duckdb", "postgresql")


class NamedSql(str):
    """A named query's text (what :func:`load_sql` returns), which remembers the query's
    name and identifiers, so that a store of another dialect can load its own variant
    (dashboard/pg/database.py). To DuckDB it is the text itself."""

    name: str
    identifiers: tuple[tuple[str, Identifier], ...]


def _named(text: str, name: str, identifiers: tuple[tuple[str, Identifier], ...]) -> NamedSql:
    named = NamedSql(text)
    named.name = name
    named.identifiers = identifiers
    return named


@cache
def _named_plain(name: str, dialect: str) -> NamedSql:
    """The query without identifiers, made once: load_sql on the hot path costs a lookup."""
    return _named(_sql_text(name, dialect), name, ())


@cache
def _sql_text(name: str, dialect: str = "duckdb") -> str:
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise ValueError(f"invalid query name {name!r}")
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}")
    variant = SQL_DIR / "pg" / f"{name}.sql"
    if dialect == "postgresql" and variant.exists():
        return variant.read_text(encoding="utf-8")
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def load_sql(name: str, *, dialect: str = "duckdb", **identifiers: Identifier) -> NamedSql:
    """Return the text of ``dashboard/sql/<name>.sql``: the one loader of query text.

    A file may hold placeholders such as ``{table}`` for names that vary; each is filled
    with an :class:`Identifier` made by :func:`identifier` (from a whitelist), never with
    other text. Values go in as bound parameters (``$name``) when the query runs.
    ``dialect="postgresql"`` reads the PostgreSQL variant ``dashboard/sql/pg/<name>.sql``
    where there is one (dashboard/pg/sql.py turns the parameters into psycopg's).
    The text is a :class:`NamedSql`: it carries the name and identifiers along.
    """
    if not identifiers:
        return _named_plain(name, dialect)
    text = _sql_text(name, dialect)
    for key, value in identifiers.items():
        if not isinstance(value, Identifier):
            raise TypeError(f"{name}: {{{key}}} takes an identifier() result, not {value!r}")
        placeholder = "{" + key + "}"
        if placeholder not in text:
            raise ValueError(f"{name}.sql has no placeholder {placeholder}")
        text = text.replace(placeholder, value)
    return _named(text, name, tuple(identifiers.items()))


def migrations(directory: Path = MIGRATIONS_DIR) -> list[tuple[int, Path]]:
    """The migration files in order, as (version, path).

    A ``.sql`` file that is not named ``NNNN_words.sql``, or a number used twice, is a
    mistake that would otherwise never run (or run in no defined order): refused, named.
    """
    found = []
    for path in directory.glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise ValueError(f"{path.name}: a migration is named NNNN_words.sql (0013_x.sql)")
        found.append((int(match.group(1)), path))
    versions = [version for version, _ in found]
    if twice := sorted({v for v in versions if versions.count(v) > 1}):
        raise ValueError(f"migration number used twice: {twice}")
    return sorted(found)


def to_apply(
    available: list[tuple[int, Path]], current: int, database: str
) -> list[tuple[int, Path]]:
    """The migrations of ``available`` newer than the database's ``current`` version;
    DatabaseError when the database is newer than every one of them (a later Planpuls
    wrote it)."""
    newest = available[-1][0] if available else 0
    if current > newest:
        raise DatabaseError(
            f"The database {database} has schema version {current}, newer than "
            f"this Planpuls ({newest}). Upgrade Planpuls before opening it."
        )
    return [(version, path) for version, path in available if version > current]


def run_script(cur: duckdb.DuckDBPyConnection, text: str, params: Mapping[str, Any]) -> None:
    """Run a multi-statement SQL file; each statement gets the parameters it names.

    Statements are separated by a semicolon at the end of a line followed by a
    blank line (DuckDB binds parameters only for the last statement of a call).
    On another store's cursor (dashboard/pg/database.py) a named query's own variant
    for that store's dialect is split and run.
    """
    dialect = getattr(cur, "dialect", "duckdb")
    if dialect != "duckdb" and isinstance(text, NamedSql):
        text = load_sql(text.name, dialect=dialect, **dict(text.identifiers))
    for statement in re.split(r";[ \t]*\n\s*\n", text):
        code = re.sub(r"--[^\n]*", "", statement)
        if not code.strip():
            continue
        cur.execute(code, parameters(code, params))


def parameters(text: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of ``params`` that the statement ``text`` names as ``$name`` (DuckDB
    refuses a value for a parameter a statement does not have)."""
    names = set(re.findall(r"\$([a-z_]+)", re.sub(r"--[^\n]*", "", text)))
    return {k: v for k, v in params.items() if k in names}


def one_row(
    cur: duckdb.DuckDBPyConnection, text: str, params: Mapping[str, Any] | None = None
) -> tuple[Any, ...]:
    """The row a statement always gives back (``INSERT … RETURNING``, an aggregate)."""
    row = cur.execute(text, dict(params or {})).fetchone()
    if row is None:
        raise DatabaseError("The statement returned no row.")
    return row


def checkpoint(cur: duckdb.DuckDBPyConnection) -> None:
    """Move what the .wal holds into the database file (nothing to do in memory)."""
    # (when another write transaction is open, the next write or the close checkpoints)
    with suppress(duckdb.TransactionException):
        cur.execute("CHECKPOINT")


@contextmanager
def transaction(cur: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A transaction on ``cur`` that commits whole or rolls back (on any connection; the
    app's own writes go through :meth:`Database.write`, which takes its lock first)."""
    cur.execute("BEGIN TRANSACTION")
    try:
        yield cur
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    cur.execute("COMMIT")


def schema_version(cur: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to the database ``cur`` is on (0: none, or not Planpuls's).

    Also read from a backup's file opened on its own connection, before it is restored.
    """
    if not has_schema(cur):
        return 0
    ((version,),) = cur.execute(load_sql("schema_version")).fetchall()
    return int(version)


def has_schema(cur: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database ``cur`` is on has Planpuls's table of applied migrations."""
    ((found,),) = cur.execute(load_sql("schema_version_exists")).fetchall()
    return bool(found)


class Database:
    """A DuckDB database with a cursor per use and a single locked write path."""

    #: The SQL dialect of this store (dashboard/pg/database.py's PgDatabase: "postgresql").
    dialect = "duckdb"

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str) -> None:
        self._con = connection
        self._lock = threading.RLock()
        self.path = path
        self._version = 0

    @property
    def name(self) -> str:
        """What the store is called where a person reads it (the API's health): the
        database file's name."""
        return Path(self.path).name

    @classmethod
    def open(
        cls, path: str | Path = ":memory:", *, migrations_dir: Path = MIGRATIONS_DIR
    ) -> Database:
        """Open (or create) the database file and bring its schema up to date."""
        target = str(path)
        if target != ":memory:":
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(target)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise DatabaseBusyError(
                    f"The database {target} is in use by another process (another "
                    "command, or a dashboard that takes no commands: an older Planpuls, "
                    "or one that does not answer). Wait until it is done, or use --db "
                    "to work on another file.",
                    target,
                ) from exc
            raise DatabaseError(f"Cannot open the database {target}: {exc}") from exc
        db = cls(con, target)
        db.migrate(migrations_dir)
        return db

    def close(self) -> None:
        """Close the underlying connection."""
        self._con.close()

    # Reading -----------------------------------------------------------------

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one use (safe across Streamlit's threads)."""
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def query(self, name: str, **params: Any) -> pd.DataFrame:
        """Run the named query from ``dashboard/sql`` with bound parameters."""
        return self.sql(load_sql(name), params)

    def sql(self, text: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
        """Run SQL text with bound parameters and return a DataFrame."""
        with self.cursor() as cur:
            return cur.execute(text, dict(params or {})).df()

    def scalar(self, text: str, params: Mapping[str, Any] | None = None) -> Any:
        """Run SQL text and return the first column of the first row (or None)."""
        with self.cursor() as cur:
            row = cur.execute(text, dict(params or {})).fetchone()
        return None if row is None else row[0]

    @property
    def version(self) -> int:
        """A number that every committed write raises: caches of what was read key on it."""
        return self._version

    # Writing -----------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The one write path: a locked transaction that commits whole or not at all.

        After the commit the write is checkpointed into the database file, so that the
        file alone (without its .wal) holds every committed batch: a copy of the file
        taken while the app runs is a whole backup up to the last write.
        """
        with self._lock, self.cursor() as cur:
            with transaction(cur):
                yield cur
            self._version += 1
            checkpoint(cur)

    @contextmanager
    def writes_paused(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor while no write runs (the write lock held, no transaction begun), for
        work that must not see half a batch and runs its own statements (a backup)."""
        with self._lock, self.cursor() as cur:
            yield cur

    # Schema ------------------------------------------------------------------

    def schema_version(self) -> int:
        """The highest migration applied to this database (0 when none)."""
        with self.cursor() as cur:
            return schema_version(cur)

    def migrate(self, directory: Path = MIGRATIONS_DIR) -> list[int]:
        """Apply the migrations this database has not had yet; return their versions."""
        applied = []
        for version, path in to_apply(migrations(directory), self.schema_version(), self.path):
            with self.write() as cur:
                cur.execute(load_sql("schema_version_create"))
                cur.execute(path.read_text(encoding="utf-8"))
                cur.execute(load_sql("schema_version_insert"), {"v": version, "n": path.stem})
            applied.append(version)
        return applied

    @contextmanager
    def one_at_a_time(self) -> Iterator[None]:
        """A section one process runs at a time (PostgreSQL's store takes a lock; a DuckDB
        file has one process anyway)."""
        yield

    def is_empty(self) -> bool:
        """True when the database holds no plan yet."""
        return not self.scalar(load_sql("plan_count"))


def open_database(target: str | Path) -> Database:
    """The app's store for ``target`` (PLANPULS_DB, or --db): a ``postgresql://`` (or
    ``postgres://``) URL opens PostgreSQL (dashboard/pg/database.py), anything else the
    DuckDB file; either way the schema is brought up to date. The one place that chooses.
    """
    from dashboard.settings import is_postgres_url

    if is_postgres_url(str(target)) and not isinstance(target, Path):
        from dashboard.pg.database import PgDatabase

        return PgDatabase.open(str(target))
    return Database.open(target)
