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
