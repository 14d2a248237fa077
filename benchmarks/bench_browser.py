"""Browser and server memory: Oversikt on L in Chromium, against a bare one-metric page.

Both are served the same way (``streamlit run`` on this machine, headless Chromium
through Playwright): Planpuls' app.py on a copy of L (open access, the largest plan
in the link), and a script holding one ``st.metric``. For each, in turns:

- time to first metric: from navigation to the first ``stMetric`` on the screen;
- time to fully drawn: until the script has finished (``data-test-script-state``
  is ``notRunning``), every chart has its drawing (plotly's SVG, Vega's SVG or canvas)
  and every table its canvas, no
  element still shows its loading skeleton and a page drawn in two passes
  (dashboard/ui/paint.py) has had its second.

Targets (issue 9): Oversikt ≤ 1.25× the bare page for both.

Memory: the peak RSS of the Planpuls server (with its children), sampled every 50 ms,
while 20 browser sessions open Oversikt at once, against the peak while one session
opens it. Target ≤ 1.3×.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from benchmarks.common import Row, at_most, copy_db

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
#: The two ports this benchmark serves on (the app, the bare page); another pair from
#: ``PLANPULS_BENCH_BROWSER_PORTS`` ("8741,8742"), where several runs share a machine.
PORTS = tuple(
    int(port) for port in os.environ.get("PLANPULS_BENCH_BROWSER_PORTS", "8611,8621").split(",")
)
BARE = 'import streamlit as st\n\nst.metric("Tiltak", 800)\n'
DRAWN = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (!document.querySelector('[data-testid="stMetric"]')) return false;
    // a page drawn in two passes (dashboard/ui/paint.py) is drawn when its second is;
    // an element whose code is still loading shows a skeleton
    if (document.querySelector('.st-key-paint_pending, [data-testid="stSkeleton"]')) return false;
    return [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
               .every(c => c.querySelector('.main-svg'))
        && [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
               .every(c => c.querySelector('.marks'))
        && [...document.querySelectorAll('[data-testid="stDataFrame"]')]
               .every(t => t.querySelector('canvas'));
}"""
TIMEOUT_MS = 300_000


@contextlib.contextmanager
def serve(script: Path, port: int, db: Path, log: Path):
    """``streamlit run script`` on ``port`` over ``db``; yields (url, process)."""
    from dashboard.generate import TODAY

    env = {**os.environ, "PLANPULS_DB": str(db), "PLANPULS_DEMO": "0",
           "PLANPULS_TODAY": TODAY.isoformat(), "PLANPULS_LANG": "nb",
           "PLANPULS_ACCESS": "open"}  # fmt: skip
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
               "--server.headless", "true", "--server.address", "127.0.0.1",
               "--browser.gatherUsageStats", "false"]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 120
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                        if answer.status == 200:
                            break
                except OSError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise RuntimeError(f"streamlit did not start; see {log}") from None
                    time.sleep(0.3)
            yield url, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (from /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                todo.extend(int(c) for c in children)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


class PeakRss:
    """Samples a process tree's RSS every 50 ms in a thread; ``peak`` is the highest seen."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_mb(self.pid))
            time.sleep(0.05)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _visit(browser, url: str) -> tuple[float, float]:
    """(seconds to the first metric, seconds to fully drawn) of one fresh session."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="nb-NO")
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        began = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_selector('[data-testid="stMetric"]', state="visible")
        first = time.perf_counter() - began
        page.wait_for_function(DRAWN, polling=50, timeout=TIMEOUT_MS)
        return first, time.perf_counter() - began
    finally:
        context.close()


def _many(browser, url: str, sessions: int) -> None:
    """Open ``sessions`` pages at once and wait until every one is fully drawn."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
    try:
        pages = [context.new_page() for _ in range(sessions)]
        for page in pages:
            page.set_default_timeout(TIMEOUT_MS)
            page.goto(url, wait_until="commit")
        for page in pages:
            page.wait_for_function(DRAWN, polling=200, timeout=TIMEOUT_MS)
    finally:
        context.close()


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """Rows: first metric and fully drawn vs the bare page; memory of 20 sessions vs one."""
    from playwright.sync_api import sync_playwright

    from dashboard.db import Database
    from dashboard.generate import largest_plan

    repeat = 2 if quick else 5
    sessions = 20
    work.mkdir(parents=True, exist_ok=True)
    db_copy = copy_db(dbs["L"], work, "browser-L.duckdb")
    db = Database.open(db_copy)
    try:
        plan_id = largest_plan(db)
    finally:
        db.close()
    bare = work / "bare.py"
    bare.write_text(BARE, encoding="utf-8")
    first: dict[str, list[float]] = {"app": [], "bare": []}
    drawn: dict[str, list[float]] = {"app": [], "bare": []}
    with (
        serve(ROOT / "app.py", PORTS[0], db_copy, work / "app.log") as (app_url, app),
        serve(bare, PORTS[1], work / "bare.duckdb", work / "bare.log") as (bare_url, _bare),
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            urls = {"app": f"{app_url}/?plan={plan_id}", "bare": bare_url}
            for url in urls.values():  # warm-up: first compile, first database open
                _visit(browser, url)
            for _ in range(repeat):
                for name, url in urls.items():
                    to_first, to_drawn = _visit(browser, url)
                    first[name].append(to_first)
                    drawn[name].append(to_drawn)
                    print(f"  browser {name}: first metric {to_first:.2f} s, "
                          f"fully drawn {to_drawn:.2f} s", flush=True)  # fmt: skip
            memory = None
            try:
                with PeakRss(app.pid) as one:
                    _visit(browser, urls["app"])
                with PeakRss(app.pid) as many:
                    _many(browser, urls["app"], sessions)
                memory = (one.peak, many.peak)
                print(f"  memory: one session {one.peak:.0f} MB, {sessions} sessions "
                      f"{many.peak:.0f} MB", flush=True)  # fmt: skip
            except Exception as exc:  # e.g. not every session drawn in time: still a figure
                failure = f"{type(exc).__name__}: {str(exc)[:60]}"
                print(f"  memory: failed: {failure}", flush=True)
        finally:
            browser.close()
    med = {k: {n: statistics.median(v) for n, v in d.items()} for k, d in
           (("first", first), ("drawn", drawn))}  # fmt: skip
    rows = [
        at_most("browser", "Oversikt (L) time to first metric", med["first"]["app"],
                "bare one-metric page", med["first"]["bare"], 1.25),
        at_most("browser", "Oversikt (L) time to fully drawn", med["drawn"]["app"],
                "bare one-metric page", med["drawn"]["bare"], 1.25),
    ]  # fmt: skip
    measure = f"server RSS, {sessions} sessions on Oversikt (L) at once"
    if memory is None:
        rows.append(Row("memory", f"{measure} ({failure})", "MB", float("nan"), "one session",
                        float("nan"), "≤ 1.3×", False))  # fmt: skip
    else:
        rows.append(at_most("memory", measure, memory[1], "one session", memory[0], 1.3, "MB"))
    return rows
