"""The throw-away PostgreSQL server's own measures (dashboard/pg/server.py): the CPU it
reports (the benchmark's pg area adds it to a page's), and the benchmark's area left out,
saying why, where PostgreSQL is not installed."""

from __future__ import annotations

import math
import time
from pathlib import Path

from benchmarks import bench_pg
from tests.pg import PgServer, pg_server  # noqa: F401 (fixtures)

#: A query that keeps one backend busy for a while (about 0.5 s here).
BUSY = "SELECT count(*) FROM generate_series(1, 5000000) AS s(n) WHERE n % 7 = 0"


def test_the_server_cpu_counts_a_running_backend_and_an_ended_one(pg_server: PgServer):  # noqa: F811
    before = pg_server.cpu_seconds()
    with pg_server.connect() as conn:
        backend = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        assert conn.execute(BUSY).fetchone() == (714285,)
        while_open = pg_server.cpu_seconds()
    assert while_open - before > 0.1, (before, while_open)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{backend}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{backend}").exists(), "the backend did not end"
    ended = pg_server.cpu_seconds()  # its CPU stays in the count (the postmaster's children)
    assert ended >= while_open - 0.02, (while_open, ended)
    idle = pg_server.cpu_seconds()
    assert idle - ended < 0.1, (ended, idle)


def test_the_benchmarks_pg_area_is_skipped_where_postgresql_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(bench_pg, "pg_bin_dir", lambda: None)
    rows = bench_pg.run(tmp_path, {"L": tmp_path / "never-read.duckdb"})
    assert [(r.area, r.measure) for r in rows] == [
        ("pg", "skipped: PostgreSQL is not installed (scripts/test installs it with apt-get)")
    ]
    assert math.isnan(rows[0].value) and rows[0].met is None
