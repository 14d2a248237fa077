"""Benchmark: every page's AppTest run, and the SQL it runs timed alone, demo vs L vs XL.

Each file in ``pages/`` runs headless (streamlit.testing.v1.AppTest) signed in as an
administrator, on the largest plan of each database, with the same fixed 'today'.
Each page is measured in a child process of its own (so a page that runs into the
timeout cannot slow down the next): one warm-up run on each database, then runs
interleaved (demo, L, XL in turn) and the median kept; a warm-up that takes longer
than ``SLOW`` seconds is taken as the figure and not repeated (the run is slow anyway;
repeating it would only make the benchmark long), and a run longer than ``TIMEOUT``
is stopped and reported as such. Targets (issue 9): L ≤ 1.5× the demo, XL ≤ 1.2× L.
The figures are wall seconds; each run's CPU seconds (the child process, and on a
PostgreSQL store the server's too) are printed beside them and are the pg area's
(benchmarks/bench_pg.py, which times the pages through :func:`measure_pages` as well).

The SQL of a page is the queries it ran in its warm-up run (every ``Database.sql`` and
``Database.scalar`` call, recorded with its parameters), replayed alone against the
same database: the part of a page's time the database is responsible for.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, at_most, copy_db
from dashboard.pg.server import PgServer

ROOT = Path(__file__).resolve().parent.parent
#: Seconds after which a page run counts as slow (taken once) or as failed (timeout).
SLOW = 5.0
TIMEOUT = 120.0
ADMIN = "bench-admin"


def page_files() -> list[str]:
    """Every page of the app, as AppTest.switch_page takes it."""
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))


class _Recorder:
    """Records the SQL calls of the Database class while ``active``."""

    def __init__(self) -> None:
        from dashboard.db import Database

        self.calls: list[tuple] | None = None
        self.sql, self.scalar = Database.sql, Database.scalar
        recorder = self

        def sql(db, text, params=None):
            if recorder.calls is not None:
                recorder.calls.append((recorder.sql, db, text, dict(params or {})))
            return recorder.sql(db, text, params)

        def scalar(db, text, params=None):
            if recorder.calls is not None:
                recorder.calls.append((recorder.scalar, db, text, dict(params or {})))
            return recorder.scalar(db, text, params)

        Database.sql, Database.scalar = sql, scalar

    def restore(self) -> None:
        from dashboard.db import Database

        Database.sql, Database.scalar = self.sql, self.scalar


class _Clock:
    """Wall and CPU seconds of a piece of work in this process, plus the PostgreSQL
    server's CPU when the work runs on it (its backends are other processes)."""

    def __init__(self, server: PgServer | None) -> None:
        self.server = server

    def __call__(self, work: Callable[[], object], on_server: bool) -> tuple[float, float]:
        server = self.server if on_server else None
        served = server.cpu_seconds() if server else 0.0  # (reading /proc: outside the clocks)
        began, cpu = time.perf_counter(), time.process_time()
        work()
        elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
        if server:
            cpu += server.cpu_seconds() - served
        return elapsed, cpu


def _replay(calls: list[tuple]) -> None:
    for function, db, text, params in calls:
        function(db, text, params)


def _measure_page(page: str, dbs: dict[str, str], plans: dict[str, str], repeat: int,
                  timeout: float, server: PgServer | None = None,
                  fresh: bool = False) -> None:  # fmt: skip
    """In a child process: time one page on each database (a DuckDB file or a PostgreSQL
    URL on ``server``); print a JSON line per figure, wall and CPU seconds. ``fresh``:
    each run starts with Streamlit's data caches empty (as the first run after a write,
    whose new data version every cache misses), and a rerun of it is timed too."""
    import json
    import logging

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard import auth
    from dashboard.generate import TODAY
    from dashboard.settings import is_postgres_url
    from dashboard.ui.paint import DONE_KEY
    from dashboard.ui.state import shared_database

    for name in list(logging.root.manager.loggerDict):  # "missing ScriptRunContext" noise
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.ERROR)
    os.environ.update(
        PLANPULS_DEMO="0", PLANPULS_TODAY=TODAY.isoformat(), PLANPULS_ACCESS="open",
        PLANPULS_LANG="nb",
    )  # fmt: skip

    clock = _Clock(server)
    sessions: dict[str, str] = {}

    def once(target: str, key: str) -> tuple[float, float, str | None, float | None]:
        os.environ["PLANPULS_DB"] = dbs[key]
        if key not in sessions:  # a real sign-in on the app's own store (the admin pages
            # check it every run; without one, Brukere shows its sign-in form instead)
            sessions[key] = auth.start_session(shared_database(), ADMIN)
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
        at.query_params["plan"] = plans[key]
        at.session_state["_planpuls_user"] = (ADMIN, "local", sessions[key])
        # the whole page, as every run after a session's first draws it: a large plan's
        # first run stops after the key figures (dashboard/ui/paint.py)
        at.session_state[DONE_KEY] = True
        at.switch_page(target)
        failed: list[str] = []

        def work() -> None:
            try:
                at.run()
            except RuntimeError as exc:  # AppTest's timeout
                failed.append(f"timed out after {timeout:.0f} s: {exc}"[:40])
            else:
                failed.extend(str(e.value) for e in at.exception)

        if fresh:
            logging.disable(logging.WARNING)  # "No runtime found" outside a Streamlit server
            st.cache_data.clear()
            logging.disable(logging.NOTSET)
        elapsed, cpu = clock(work, is_postgres_url(dbs[key]))
        rerun = clock(work, False)[0] if fresh and not failed else None
        return elapsed, cpu, ("; ".join(failed)[:200] if failed else None), rerun

    def say(**fields) -> None:
        print(json.dumps(fields), flush=True)

    for key in dbs:  # imports and opening each database: outside every figure
        once("pages/logg_inn.py", key)
    recorder = _Recorder()
    slow = set()
    for key in dbs:
        recorder.calls = []
        elapsed, cpu, error, rerun = once(page, key)
        calls, recorder.calls = recorder.calls, None
        replays = [clock(lambda calls=calls: _replay(calls), is_postgres_url(dbs[key]))
                   for _ in range(repeat)]  # fmt: skip
        say(kind="warm", key=key, seconds=elapsed, cpu=cpu, rerun=rerun, error=error,
            queries=len(calls),
            sql=statistics.median(r[0] for r in replays),
            sql_cpu=statistics.median(r[1] for r in replays))  # fmt: skip
        if error or elapsed > SLOW:
            slow.add(key)
    recorder.restore()
    for _ in range(repeat):
        for key in dbs:
            if key not in slow:
                elapsed, cpu, _error, rerun = once(page, key)
                say(kind="run", key=key, seconds=elapsed, cpu=cpu, rerun=rerun)
    sys.stdout.flush()
    os._exit(0)  # a timed-out script thread must not keep the process alive


@dataclass
class PageFigures:
    """One page's figures on each database: medians of the interleaved runs (the warm-up
    where a run was slow), wall and CPU seconds (and a rerun's wall seconds when the runs
    were fresh), its SQL alone, and the errors met."""

    name: str
    seconds: dict[str, float]
    cpu: dict[str, float]
    rerun: dict[str, float]
    warm: dict[str, dict]
    errors: dict[str, str]


def prepare_copies(work: Path, dbs: dict[str, Path], keys: list[str]) -> tuple[dict, dict]:
    """A private copy of each database with the benchmark's administrator in it, and the
    largest plan of each (the plan every page is timed on)."""
    from dashboard import auth
    from dashboard.db import Database
    from dashboard.generate import largest_plan

    copies, plans = {}, {}
    for key in keys:
        copies[key] = copy_db(dbs[key], work / "pages", f"{key}.duckdb")
        db = Database.open(copies[key])
        try:
            plans[key] = largest_plan(db)
            auth.add_user(db, ADMIN, "admin", "et-langt-benchmark-passord", by="benchmark")
        finally:
            db.close()
    return copies, plans


def measure_pages(
    targets: dict[str, str],
    plans: dict[str, str],
    quick: bool,
    server: PgServer | None = None,
    fresh: bool = False,
) -> Iterator[PageFigures]:
    """Every page timed on each target (a DuckDB file, or a PostgreSQL URL on ``server``),
    in turns, a child process per page; its figures as each page ends. ``fresh``: each
    run with the data caches empty, then a rerun (see :func:`_measure_page`)."""
    import json
    import subprocess

    repeat = 1 if quick else 3
    timeout = 60.0 if quick else TIMEOUT
    keys = list(targets)
    spec = json.dumps({"dbs": targets, "plans": plans, "repeat": repeat, "timeout": timeout,
                       "server": asdict(server) if server else None, "fresh": fresh},
                      default=str)  # fmt: skip
    for page in page_files():
        name = Path(page).stem
        warm: dict[str, dict] = {}
        runs: dict[str, list[tuple[float, float, float]]] = {k: [] for k in keys}
        child = subprocess.Popen(
            [sys.executable, __file__, page, spec], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        # A page that runs into the timeout on every database still ends: then it is killed.
        killer = threading.Timer(len(keys) * (timeout + 30) + 120, child.kill)
        killer.start()
        try:
            for line in child.stdout or ():
                if not line.startswith("{"):
                    continue
                found = json.loads(line)
                if found["kind"] == "warm":
                    warm[found["key"]] = found
                    print(
                        f"  {name} on {found['key']}: warm-up {found['seconds']:.2f} s "
                        f"(CPU {found['cpu']:.2f} s), SQL alone {found['sql']:.2f} s "
                        f"(CPU {found['sql_cpu']:.2f} s, {found['queries']} queries)"
                        + (f" ERROR {found['error']}" if found["error"] else ""),
                        flush=True,
                    )
                else:
                    runs[found["key"]].append(
                        (found["seconds"], found["cpu"], found["rerun"] or float("nan"))
                    )
            child.wait()
        finally:
            killer.cancel()
        figures = PageFigures(name, {}, {}, {}, warm, {})
        for key in keys:
            if key not in warm:
                figures.seconds[key] = figures.cpu[key] = figures.rerun[key] = float("nan")
                figures.errors[key] = "killed (no result)"
                continue
            first = warm[key]
            taken = runs[key] or [(first["seconds"], first["cpu"], first["rerun"] or float("nan"))]
            figures.seconds[key] = statistics.median(t[0] for t in taken)
            figures.cpu[key] = statistics.median(t[1] for t in taken)
            figures.rerun[key] = statistics.median(t[2] for t in taken)
            if warm[key]["error"]:
                figures.errors[key] = warm[key]["error"]
        yield figures


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """Time every page on each database (a child process per page); rows for pages and SQL."""
    keys = [k for k in ("demo", "L", "XL") if k in dbs]
    copies, plans = prepare_copies(work, dbs, keys)
    rows = []
    for page in measure_pages({k: str(v) for k, v in copies.items()}, plans, quick):
        name, warm = page.name, page.warm
        for key, base, limit in (("L", "demo", 1.5), ("XL", "L", 1.2)):
            if key not in keys:
                continue
            row = at_most("pages", f"{name}: {base} → {key}", page.seconds[key],
                          f"{name} on {base}", page.seconds[base], limit)  # fmt: skip
            failed = [page.errors[k] for k in (base, key) if k in page.errors]
            if failed:
                row.met = False
                row.measure += f" ({failed[0][:60]})"
            rows.append(row)
        if "L" in warm and "demo" in warm:
            rows.append(
                Row("sql", f"{name}: SQL alone demo → L", "s", warm["L"]["sql"],
                    f"{name} SQL on demo", warm["demo"]["sql"], "", None)
            )  # fmt: skip
    return rows


if __name__ == "__main__":  # the child process of run(): one page
    import json

    sys.path.insert(0, str(ROOT))
    given = json.loads(sys.argv[2])
    server = given["server"]
    _measure_page(
        sys.argv[1], given["dbs"], given["plans"], given["repeat"], given["timeout"],
        PgServer(Path(server["socket_dir"]), server["port"], server["user"],
                 server["startup_seconds"]) if server else None, given["fresh"],
    )  # fmt: skip
