"""Reports (until ``bench_reports.run`` lands): Word, PowerPoint and PDF of the largest plan.

The whole build of each file (the report's queries, its model and the file) for the
largest plan of L against the same for the demo's largest plan, as of the generator's
'today'. Targets (issue 9): each format ≤ 2× the demo's; Word + PowerPoint on L < 3 s.
A format that fails (e.g. reportlab's LayoutError) is a row with no figure, not met.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.common import Row, at_most, under

NAMES = {"docx": "Word", "pptx": "PowerPoint", "pdf": "PDF"}
SLOW = 8.0


def _build(db, plan_id: str, fmt: str) -> tuple[float, int]:
    from dashboard import reports
    from dashboard.generate import TODAY
    from dashboard.i18n import Translator
    from dashboard.reports import images

    images.clear_cache()  # every run draws its charts
    began = time.perf_counter()
    report = reports.report_for(db, plan_id, Translator("nb"), as_of=TODAY, generated=TODAY)
    _name, data = reports.render(report, fmt)
    return time.perf_counter() - began, len(data)


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """Rows for each format (L vs demo), Word + PowerPoint on L, and the files' sizes."""
    from dashboard.db import Database
    from dashboard.generate import largest_plan

    repeat = 1 if quick else 3
    seconds: dict[tuple[str, str], float] = {}
    sizes: dict[tuple[str, str], float] = {}
    errors: dict[tuple[str, str], str] = {}
    for key in ("demo", "L"):
        db = Database.open(dbs[key])
        try:
            plan_id = largest_plan(db)
            for fmt in NAMES:
                try:
                    took, size = _build(db, plan_id, fmt)
                    found = [took]
                    if took < SLOW:
                        found = [_build(db, plan_id, fmt)[0] for _ in range(repeat)]
                    seconds[key, fmt] = statistics.median(found)
                    sizes[key, fmt] = size / 1e6
                except Exception as exc:  # a failing format is a figure too
                    errors[key, fmt] = f"{type(exc).__name__}: {exc}"[:80]
                    seconds[key, fmt] = float("nan")
                print(f"  report {fmt} on {key}: {seconds[key, fmt]:.2f} s"
                      + (f" ERROR {errors[key, fmt]}" if (key, fmt) in errors else ""),
                      flush=True)  # fmt: skip
        finally:
            db.close()
    rows = []
    for fmt, name in NAMES.items():
        row = at_most("reports", f"{name}: demo → L (largest plans)", seconds["L", fmt],
                      f"{name} of the demo", seconds["demo", fmt], 2.0)  # fmt: skip
        failed = [errors[k, fmt] for k in ("demo", "L") if (k, fmt) in errors]
        if failed:
            row.met = False
            row.measure += f" (error: {failed[0]})"
        rows.append(row)
    both = seconds["L", "docx"] + seconds["L", "pptx"]
    rows.append(under("reports", "Word + PowerPoint, largest plan of L", both, 3.0))
    for fmt, name in NAMES.items():
        if ("L", fmt) in sizes and ("demo", fmt) in sizes:
            rows.append(Row("reports", f"{name} file size: demo → L", "MB", sizes["L", fmt],
                            f"{name} of the demo", sizes["demo", fmt], "", None))  # fmt: skip
    return rows
