"""A throw-away PostgreSQL server for the tests (issue 16), started once per test process.

The server lives in a temporary directory: initdb with trust authentication, listening
on a Unix socket in that directory only (no TCP, so it cannot clash with anything on
the machine), on a port from Planpuls's test range 55432–55439 that nothing else
uses (the port names the socket file). It is stopped and removed when the session
ends. initdb refuses to run as root, so as root the server runs as the ``postgres``
user (made by Debian's postgresql package; ``nobody`` when it is missing).

scripts/test installs PostgreSQL with apt-get where ``/usr/lib/postgresql/*/bin/initdb``
is missing; a machine without it skips these tests with that message.

Test modules import the fixtures they use::

    from tests.pg import pg_server, pg_database  # noqa: F401 (fixtures)
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

#: The ports these tests may use (a socket file each, one server per test process).
PORTS = range(55432, 55440)


@dataclass(frozen=True)
class PgServer:
    """A running test server: its socket directory, port and superuser."""

    socket_dir: Path
    port: int
    user: str
    startup_seconds: float

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string for one of the server's databases."""
        return f"host={self.socket_dir} port={self.port} user={self.user} dbname={dbname}"

    def connect(self, dbname: str = "postgres", **kwargs) -> psycopg.Connection:
        """A new connection to ``dbname``."""
        return psycopg.connect(self.conninfo(dbname), **kwargs)


def pg_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin directory (None when none is installed)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name),
    )
    return found[-1].parent if found else None


def _run_as() -> list[str]:
    """The command prefix that runs initdb and the server as a user that is not root."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"]
    raise RuntimeError("running as root, and neither the postgres nor the nobody user exists")


def _free_port() -> int:
    """A port of :data:`PORTS` that no server on this machine uses (its socket file lives
    in the test's own directory, so two test processes never meet on it; the port still
    keys the server's shared memory, and a system server may hold it on TCP)."""
    for port in PORTS:
        if Path(f"/var/run/postgresql/.s.PGSQL.{port}").exists():
            continue
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                continue
        return port
    raise RuntimeError(f"no free port in {PORTS.start}–{PORTS.stop - 1}")


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a PostgreSQL server in a temporary directory; stop and remove it afterwards."""
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (scripts/test installs it with apt-get)")
    prefix = _run_as()
    began = time.perf_counter()
    base = Path(tempfile.mkdtemp(prefix="planpuls-pg-"))
    data = base / "data"
    data.mkdir()
    if prefix:  # the server's user owns the directory it writes in
        user = pwd.getpwnam(prefix[2])
        base.chmod(0o755)
        for path in (base, data):
            os.chown(path, user.pw_uid, user.pw_gid)
    quiet = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "text": True}
    try:
        subprocess.run(
            [*prefix, bin_dir / "initdb", "-D", data, "-U", "postgres", "--auth=trust",
             "--no-sync", "--encoding=UTF8", "--locale=C.UTF-8"],
            check=True, **quiet,
        )  # fmt: skip
        port = _free_port()
        options = (
            f"-k {base} -p {port} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c TimeZone=UTC"
        )
        started = subprocess.run(
            [*prefix, bin_dir / "pg_ctl", "-D", data, "-l", base / "server.log",
             "-o", options, "-w", "-t", "30", "start"],
            **quiet,
        )  # fmt: skip
        if started.returncode != 0:
            log = (base / "server.log").read_text(errors="replace")
            raise RuntimeError(f"PostgreSQL did not start:\n{started.stdout}\n{log}")
        server = PgServer(base, port, "postgres", time.perf_counter() - began)
        try:
            yield server
        finally:
            subprocess.run(
                [*prefix, bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                **quiet,
            )  # fmt: skip
    finally:
        shutil.rmtree(base, ignore_errors=True)


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


def pg_url(server: PgServer, dbname: str, password: str = "") -> str:
    """A ``postgresql://`` URL (what PLANPULS_DB takes) for a database of the test server
    (trust authentication: a password given is sent and not checked)."""
    secret = f":{password}" if password else ""
    return (
        f"postgresql://{server.user}{secret}@/{dbname}?host={server.socket_dir}&port={server.port}"
    )


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
