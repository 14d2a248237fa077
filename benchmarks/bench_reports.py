"""Benchmark: building the status report as Word, PowerPoint and PDF for the largest demo plan.

In one process, on a fresh demo database, it times

1. the baseline: the queries alone (the board of the plan's latest meeting, or its
   live state: measure states, goal summary, the previous meeting's snapshot and the
   comparison), and
2. Planpuls: the same queries plus the report model and all three files
   (.docx and .pdf with their matplotlib charts, .pptx with native charts),

each the best of REPEAT runs after one warm-up (charts drawn afresh every run), and
prints both and their ratio, with each format's own time.
Run: ``.venv/bin/python benchmarks/bench_reports.py [--repeat N] [--lang nb|en]``.
Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import board, meetings, reports
from dashboard.db import Database
from dashboard.demo import load_demo
from dashboard.i18n import Translator
from dashboard.reports import images
from dashboard.reports.model import build

TODAY = dt.date(2026, 11, 23)


def largest_plan(db: Database) -> str:
    """The demo plan with the most measures (ties: the most goals, then by id)."""
    return db.scalar(
        "SELECT g.plan_id FROM goal g LEFT JOIN measure m ON m.goal_id = g.id "
        "GROUP BY g.plan_id ORDER BY count(m.id) DESC, count(DISTINCT g.id) DESC, g.plan_id "
        "LIMIT 1"
    )


def best(repeat: int, work) -> tuple[float, object]:
    """The fastest of ``repeat`` runs of ``work`` after one warm-up, and its result."""
    result = work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def _alone(report, fmt: str):
    """One format on its own, its charts drawn afresh."""
    images.clear_cache()
    return reports.render(report, fmt)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--lang", choices=("nb", "en"), default="nb")
    args = parser.parse_args()
    t = Translator(args.lang)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.duckdb")
        load_demo(db)
        plan_id = largest_plan(db)
        measures = db.scalar(
            "SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = $p",
            {"p": plan_id},
        )
        held = meetings.all_meetings(db, plan_id)
        meeting = held[-1] if held else None

        def queries_only():
            if meeting is not None:
                return board.for_meeting(db, meeting)
            return board.for_date(db, plan_id, TODAY)

        def three_files():
            images.clear_cache()  # every run draws its charts (once for .docx and .pdf)
            report = build(queries_only(), t, generated=TODAY)
            return [reports.render(report, fmt) for fmt in ("docx", "pptx", "pdf")]

        base, _board = best(args.repeat, queries_only)
        full, files = best(args.repeat, three_files)
        per_format = {}
        report = build(queries_only(), t, generated=TODAY)
        for fmt in ("docx", "pptx", "pdf"):
            per_format[fmt], _ = best(args.repeat, lambda fmt=fmt: _alone(report, fmt))
        db.close()
    source = f"meeting {meeting.name}" if meeting else f"status as of {TODAY}"
    print(f"plan: {plan_id} ({measures} measures), report of {source}, language {args.lang}")
    print(f"queries alone (baseline):        {base * 1000:8.1f} ms")
    print(f"queries + .docx + .pptx + .pdf:  {full * 1000:8.1f} ms")
    for fmt, seconds in per_format.items():
        size = next(len(data) for name, data in files if name.endswith(fmt))
        print(f"  of which .{fmt}: {seconds * 1000:8.1f} ms  ({size / 1024:,.0f} KiB)")
    print(f"ratio: {full / base:.1f}× the queries alone")


if __name__ == "__main__":
    main()
