"""Benchmark: each page on L with PostgreSQL as the store against the same page with
DuckDB, as a ratio (issue 16's column of the issue 9 benchmark).

Needs PostgreSQL's server programs (``/usr/lib/postgresql/*/bin/initdb``, Debian's
``postgresql`` package, which ``scripts/test`` installs with apt-get) and psycopg
(requirements.txt). It starts a throw-away server of its own, as the tests do
(dashboard/pg/server.py: a temporary directory, a Unix socket only, a port of
55432–55439), and stops it at the end. Without PostgreSQL the area says so and is
skipped; the other areas run.

L (the DuckDB file the benchmark generated, with the benchmark's administrator added)
is copied into a new PostgreSQL database: ``dashboard/pg/migrate.py``, then
``dashboard/pg/copy.py`` (timed: the copy of L), then ``VACUUM ANALYZE`` (timed), so
the planner has statistics, every page is marked visible for index-only scans (VACUUM
again while one is not) and autovacuum does not run during the figures. Then every
page runs as in the pages area (benchmarks/bench_pages.py: AppTest, signed in as an
administrator, the largest plan, a child process per page, a warm-up on each store, then
runs interleaved DuckDB, PostgreSQL, DuckDB, … and the median kept), on the DuckDB file
and on the PostgreSQL URL, but each run starts with Streamlit's data caches empty (as
the first run after an upload, whose new data version every cache misses: the store
answers every query) and is followed by a rerun of the same session (the caches full:
what a click costs). Rows, each value PostgreSQL and baseline DuckDB, with no target
(the issue sets none: "reported"):

- pg: the page's wall seconds, caches empty; and its rerun's;
- pg cpu: the page's CPU seconds, caches empty: the app's process and, on PostgreSQL,
  the server's (its backends are processes of their own; read from /proc), which a
  loaded machine disturbs less than wall seconds;
- pg sql: the SQL the page ran in its warm-up, replayed alone on the same store (wall);
- the copy of L (wall, and CPU here + in the server) and the VACUUM ANALYZE after it.

Repeats as the pages area: 3 (1 with ``--quick``, which copies S instead of L).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_pages import measure_pages, prepare_copies
from benchmarks.common import Row
from dashboard.pg.server import NOT_INSTALLED, PgServer, pg_bin_dir, pg_url, running_server

#: The PostgreSQL database L is copied into.
DATABASE = "planpuls_l"


def _timed_on(server: PgServer, work) -> tuple[float, float, float]:
    """Wall seconds of ``work()``, and the CPU seconds of this process and of the server."""
    served, cpu, began = server.cpu_seconds(), time.process_time(), time.perf_counter()
    work()
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    return elapsed, cpu, server.cpu_seconds() - served


#: Tables whose pages are not all marked visible (index-only scans read those pages).
NOT_ALL_VISIBLE = (
    "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relallvisible < relpages "
    "AND relnamespace = current_schema()::regnamespace"
)


def _vacuum(conn) -> None:
    """VACUUM ANALYZE, and VACUUM again (at most twice) while a table's pages are not all
    marked visible: a pass that runs beside an autovacuum worker's snapshot (started by
    the copy's inserts) may leave them unmarked, and the channel figures' covering index
    (migrations_pg/0022) is then read with a visit to the table for every row: 3 to 4
    times the CPU (docs/scale-out.md, "Speed on PostgreSQL")."""
    conn.execute("VACUUM ANALYZE")
    for _ in range(2):
        row = conn.execute(NOT_ALL_VISIBLE).fetchone()
        if not row or not row[0]:
            return
        time.sleep(1.0)
        conn.execute("VACUUM")


def copy_into(server: PgServer, source: Path) -> list[Row]:
    """L migrated and copied into a new database of ``server``, then vacuumed and
    analysed; rows for the time each step took."""
    import duckdb

    from dashboard.pg.copy import copy_database
    from dashboard.pg.migrate import migrate

    with server.connect(autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{DATABASE}"')
    rows = []
    with server.connect(DATABASE, autocommit=True) as conn:
        duck = duckdb.connect(str(source), read_only=True)
        try:
            steps = (
                ("migrate (dashboard/pg/migrate.py)", lambda: migrate(conn)),
                ("copy L into PostgreSQL (dashboard/pg/copy.py)",
                 lambda: copy_database(duck, conn)),
                ("VACUUM ANALYZE after the copy", lambda: _vacuum(conn)),
            )  # fmt: skip
            for measure, work in steps:
                wall, cpu, served = _timed_on(server, work)
                print(f"  {measure}: {wall:.1f} s, CPU {cpu:.1f} s here and "
                      f"{served:.1f} s in the server", flush=True)  # fmt: skip
                if not measure.startswith("migrate"):
                    rows.append(Row("pg", measure, "s", wall, "", 0.0, "reported", None))
                    rows.append(Row("pg cpu", f"{measure} (CPU, here + server)", "s",
                                    cpu + served, "", 0.0, "reported", None))  # fmt: skip
        finally:
            duck.close()
    return rows


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """Every page on L with PostgreSQL against DuckDB; rows for the copy, pages and SQL."""
    if pg_bin_dir() is None:
        print(f"  skipped: {NOT_INSTALLED}", flush=True)
        return [Row("pg", f"skipped: {NOT_INSTALLED}", "s", float("nan"), "", 0.0, "", None)]
    copies, plans = prepare_copies(work, dbs, ["L"])
    with running_server() as server:
        print(f"  PostgreSQL started in {server.startup_seconds:.1f} s (port {server.port})")
        rows = copy_into(server, copies["L"])
        targets = {"L": str(copies["L"]), "PG": pg_url(server, DATABASE)}
        plans["PG"] = plans["L"]
        for page in measure_pages(targets, plans, quick, server, fresh=True):
            name, failed = page.name, list(page.errors.values())
            for area, figures, what in (
                ("pg", page.seconds, "caches empty"),
                ("pg cpu", page.cpu, "caches empty, CPU of app + server"),
                ("pg", page.rerun, "a rerun"),
            ):
                row = Row(area, f"{name}: L, DuckDB → PostgreSQL ({what})", "s", figures["PG"],
                          f"{name} on DuckDB", figures["L"], "reported", None)  # fmt: skip
                if failed:
                    row.met = False
                    row.measure += f" ({failed[0][:60]})"
                rows.append(row)
            if "L" in page.warm and "PG" in page.warm:
                rows.append(
                    Row("pg sql", f"{name}: SQL alone on L, DuckDB → PostgreSQL", "s",
                        page.warm["PG"]["sql"], f"{name} SQL on DuckDB",
                        page.warm["L"]["sql"], "", None)
                )  # fmt: skip
    return rows
