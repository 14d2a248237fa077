"""Benchmark: every page's AppTest run, and the SQL it runs timed alone, demo vs L vs XL.

Each file in ``pages/`` runs headless (streamlit.testing.v1.AppTest) signed in as an
administrator, on the largest plan of each database, with the same fixed 'today'.
Each page is measured in a child process of its own (so a page that runs into the
timeout cannot slow down the next): one warm-up run on each database, then runs
interleaved (demo, L, XL in turn) and the median kept; a warm-up that takes longer
than ``SLOW`` seconds is taken as the figure and not repeated (the run is slow anyway;
repeating it would only make the benchmark long), and a run longer than ``TIMEOUT``
is stopped and reported as such. Targets (issue 9): L ≤ 1.5× the demo, XL ≤ 1.2× L.

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
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, at_most, copy_db

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


def _replay(calls: list[tuple]) -> float:
    began = time.perf_counter()
    for function, db, text, params in calls:
        function(db, text, params)
    return time.perf_counter() - began


def _measure_page(page: str, dbs: dict[str, Path], plans: dict[str, str], repeat: int,
                  timeout: float) -> None:  # fmt: skip
    """In a child process: time one page on each database; print a JSON line per figure."""
    import json
    import logging

    from streamlit.testing.v1 import AppTest

    from dashboard.generate import TODAY
    from dashboard.ui.paint import DONE_KEY

    for name in list(logging.root.manager.loggerDict):  # "missing ScriptRunContext" noise
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.ERROR)
    os.environ.update(
        PLANPULS_DEMO="0", PLANPULS_TODAY=TODAY.isoformat(), PLANPULS_ACCESS="open",
        PLANPULS_LANG="nb",
    )  # fmt: skip

    def once(target: str, key: str) -> tuple[float, str | None]:
        os.environ["PLANPULS_DB"] = str(dbs[key])
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
        at.query_params["plan"] = plans[key]
        at.session_state["_planpuls_user"] = (ADMIN, "local")
        # the whole page, as every run after a session's first draws it: a large plan's
        # first run stops after the key figures (dashboard/ui/paint.py)
        at.session_state[DONE_KEY] = True
        at.switch_page(target)
        began = time.perf_counter()
        try:
            at.run()
        except RuntimeError as exc:  # AppTest's timeout
            return time.perf_counter() - began, f"timed out after {timeout:.0f} s: {exc}"[:40]
        errors = [str(e.value) for e in at.exception]
        return time.perf_counter() - began, ("; ".join(errors)[:200] if errors else None)

    def say(**fields) -> None:
        print(json.dumps(fields), flush=True)

    for key in dbs:  # imports and opening each database: outside every figure
        once("pages/logg_inn.py", key)
    recorder = _Recorder()
    slow = set()
    for key in dbs:
        recorder.calls = []
        elapsed, error = once(page, key)
        calls, recorder.calls = recorder.calls, None
        sql = statistics.median(_replay(calls) for _ in range(repeat))
        say(kind="warm", key=key, seconds=elapsed, error=error, sql=sql, queries=len(calls))
        if error or elapsed > SLOW:
            slow.add(key)
    recorder.restore()
    for _ in range(repeat):
        for key in dbs:
            if key not in slow:
                say(kind="run", key=key, seconds=once(page, key)[0])
    sys.stdout.flush()
    os._exit(0)  # a timed-out script thread must not keep the process alive


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """Time every page on each database (a child process per page); rows for pages and SQL."""
    import json
    import subprocess

    from dashboard import auth
    from dashboard.db import Database
    from dashboard.generate import largest_plan

    repeat = 1 if quick else 3
    timeout = 60.0 if quick else TIMEOUT
    keys = [k for k in ("demo", "L", "XL") if k in dbs]
    copies, plans = {}, {}
    for key in keys:
        copies[key] = copy_db(dbs[key], work / "pages", f"{key}.duckdb")
        db = Database.open(copies[key])
        try:
            plans[key] = largest_plan(db)
            auth.add_user(db, ADMIN, "admin", "et-langt-benchmark-passord", by="benchmark")
        finally:
            db.close()
    spec = json.dumps({"dbs": {k: str(v) for k, v in copies.items()}, "plans": plans,
                       "repeat": repeat, "timeout": timeout})  # fmt: skip
    rows = []
    for page in page_files():
        name = Path(page).stem
        warm: dict[str, dict] = {}
        runs: dict[str, list[float]] = {k: [] for k in keys}
        child = subprocess.Popen(
            [sys.executable, __file__, page, spec], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        # A page that runs into the timeout on every database still ends: then it is killed.
        killer = threading.Timer(len(keys) * (timeout + 30) + 120, child.kill)
        killer.start()
        try:
            for line in child.stdout:
                if not line.startswith("{"):
                    continue
                found = json.loads(line)
                if found["kind"] == "warm":
                    warm[found["key"]] = found
                    print(
                        f"  {name} on {found['key']}: warm-up {found['seconds']:.2f} s, SQL "
                        f"alone {found['sql']:.2f} s ({found['queries']} queries)"
                        + (f" ERROR {found['error']}" if found["error"] else ""),
                        flush=True,
                    )
                else:
                    runs[found["key"]].append(found["seconds"])
            child.wait()
        finally:
            killer.cancel()
        median, errors = {}, {}
        for key in keys:
            if key not in warm:
                median[key], errors[key] = float("nan"), "killed (no result)"
                continue
            median[key] = statistics.median(runs[key] or [warm[key]["seconds"]])
            if warm[key]["error"]:
                errors[key] = warm[key]["error"]
        for key, base, limit in (("L", "demo", 1.5), ("XL", "L", 1.2)):
            if key not in keys:
                continue
            row = at_most("pages", f"{name}: {base} → {key}", median[key], f"{name} on {base}",
                          median[base], limit)  # fmt: skip
            failed = [errors[k] for k in (base, key) if k in errors]
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
    _measure_page(
        sys.argv[1], {k: Path(v) for k, v in given["dbs"].items()}, given["plans"],
        given["repeat"], given["timeout"],
    )  # fmt: skip
