"""A throw-away PostgreSQL server for the tests (issue 16), started once per test process.

The server itself (a temporary directory, a Unix socket only, a free port of
55432–55439, run as the ``postgres`` user under root) is dashboard/pg/server.py's, which
the benchmark starts too. It is stopped and removed when the session ends.

scripts/test installs PostgreSQL with apt-get where ``/usr/lib/postgresql/*/bin/initdb``
is missing; a machine without it skips these tests with that message.

Test modules import the fixtures they use::

    from tests.pg import pg_server, pg_database  # noqa: F401 (fixtures)
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dashboard.pg.server import NOT_INSTALLED, PgServer, pg_bin_dir, pg_url
from dashboard.pg.server import running_server as _running_server


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a throw-away PostgreSQL server (dashboard/pg/server.py, shared with the
    benchmark); skip the test, saying why, where PostgreSQL is not installed."""
    if pg_bin_dir() is None:
        pytest.skip(NOT_INSTALLED)
    with _running_server() as server:
        yield server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server per test process (each xdist worker starts its own)."""
    with running_server() as server:
        yield server


_database_no = itertools.count(1)


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[psycopg.Connection]:
    """A connection to a new, empty database of the test server (dropped afterwards)."""
    name = f"test_{os.getpid()}_{next(_database_no)}"
    with pg_server.connect(autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with pg_server.connect(name) as conn:
            yield conn
    finally:
        with pg_server.connect(autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


# The store behind the app's door (issue 16, "One door, two stores") ----------------------


def _new_database(server: PgServer, template: str | None = None) -> str:
    name = f"store_{os.getpid()}_{next(_database_no)}"
    with server.connect(autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return name


def _drop_database(server: PgServer, name: str) -> None:
    with server.connect(autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: PgServer, demo_template: Path) -> Iterator[str]:
    """A PostgreSQL database holding the demo (migrated, then the DuckDB demo template
    copied in with dashboard/pg/copy.py), made once per test process; the template of
    each test's own database (CREATE DATABASE … TEMPLATE: a file copy), never opened."""
    import duckdb

    from dashboard.pg.copy import copy_database
    from dashboard.pg.migrate import migrate

    name = _new_database(pg_server)
    with pg_server.connect(name, autocommit=True) as conn:
        migrate(conn)
        duck = duckdb.connect(str(demo_template), read_only=True)
        try:
            copy_database(duck, conn)
        finally:
            duck.close()
    yield name
    _drop_database(pg_server, name)


@pytest.fixture
def pg_demo_url(pg_server: PgServer, pg_demo_template: str) -> Iterator[str]:
    """The URL of a new PostgreSQL database holding the demo (dropped afterwards)."""
    name = _new_database(pg_server, pg_demo_template)
    yield pg_url(pg_server, name)
    _drop_database(pg_server, name)


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (no schema yet; dropped afterwards)."""
    name = _new_database(pg_server)
    yield pg_url(pg_server, name)
    _drop_database(pg_server, name)
