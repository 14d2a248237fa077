"""A throw-away PostgreSQL server in a temporary directory, for the tests and the benchmark
(issue 16; docs/scale-out.md "How the tests start PostgreSQL"). Not the app's store: the
app connects to a server its host runs (``PLANPULS_DB=postgresql://…``).

The server lives in a temporary directory: initdb with trust authentication, listening
on a Unix socket in that directory only (no TCP, so it cannot clash with anything on
the machine), on a port from Planpuls's test range 55432–55439 that nothing else
uses (the port names the socket file). It is stopped and removed when the ``with``
block ends. initdb refuses to run as root, so as root the server runs as the
``postgres`` user (made by Debian's postgresql package; ``nobody`` when it is missing).

scripts/test installs PostgreSQL with apt-get where ``/usr/lib/postgresql/*/bin/initdb``
is missing; without it :func:`running_server` raises :class:`PostgresNotInstalled`.
"""

from __future__ import annotations

import contextlib
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
from typing import Any

import psycopg

#: The ports these servers may use (a socket file each, one server per process).
PORTS = range(55432, 55440)
#: Why there is no server (the tests skip with it, the benchmark leaves its area out).
NOT_INSTALLED = "PostgreSQL is not installed (scripts/test installs it with apt-get)"


class PostgresNotInstalled(RuntimeError):
    """No ``/usr/lib/postgresql/*/bin/initdb`` on this machine."""


@dataclass(frozen=True)
class PgServer:
    """A running throw-away server: its socket directory, port and superuser."""

    socket_dir: Path
    port: int
    user: str
    startup_seconds: float

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string for one of the server's databases."""
        return f"host={self.socket_dir} port={self.port} user={self.user} dbname={dbname}"

    def connect(self, dbname: str = "postgres", **kwargs: Any) -> psycopg.Connection[Any]:
        """A new connection to ``dbname``."""
        return psycopg.connect(self.conninfo(dbname), **kwargs)

    def cpu_seconds(self) -> float:
        """CPU seconds (user + system) the server has used so far: the postmaster, its
        running processes (each connection's backend, the background workers) and the
        processes that have ended (the postmaster's waited-for children), from /proc."""
        pid = int((self.socket_dir / "data" / "postmaster.pid").read_text().split()[0])
        ticks = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError):
                # the fields after the command's closing parenthesis: state, ppid, …
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    ticks += int(fields[11]) + int(fields[12])  # utime, stime
                elif stat.parent.name == str(pid):
                    ticks += sum(int(f) for f in fields[11:15])  # with cutime, cstime
        return ticks / os.sysconf("SC_CLK_TCK")


def pg_url(server: PgServer, dbname: str, password: str = "") -> str:
    """A ``postgresql://`` URL (what PLANPULS_DB takes) for a database of the server
    (trust authentication: a password given is sent and not checked)."""
    secret = f":{password}" if password else ""
    return (
        f"postgresql://{server.user}{secret}@/{dbname}?host={server.socket_dir}&port={server.port}"
    )


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
    in the server's own directory, so two processes never meet on it; the port still
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
        raise PostgresNotInstalled(NOT_INSTALLED)
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
    quiet: dict[str, Any] = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "text": True}
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
