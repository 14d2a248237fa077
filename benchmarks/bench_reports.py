"""Benchmark: the board report of the largest plan as Word, PowerPoint and PDF, L against demo.

For the largest plan of each generated database (``dashboard.generate.largest_plan``)
it times the whole thing a user asks for when they download a report: the report's
queries (the live state as of the generator's 'today', compared with the last meeting
before it), the report model and the file, with the charts drawn afresh. Each figure
is the median of REPEAT runs after one warm-up, the demo and L interleaved (a, b, a, b)
so the noise of a shared machine falls on both alike. Rows (benchmarks/common.py):

- Word, PowerPoint, PDF for L's largest plan against the same for the demo's (≤ 2×);
- Word + PowerPoint for L's largest plan in seconds (< 3 s), beside the demo's;
- each file's size, L against the demo (no target).

A format that fails (reportlab's LayoutError, say) is a row with no figure, not met.

Run on its own: ``.venv/bin/python benchmarks/bench_reports.py [--demo FILE] [--large FILE]
[--scale L] [--quick]``; without files it generates them (``python -m dashboard generate``)
into a temporary folder. Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import math
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row

AREA = "reports"
NAMES = {"docx": "Word", "pptx": "PowerPoint", "pdf": "PDF"}
#: Each format on L at most this many times the demo's.
RATIO = 2.0
#: Word + PowerPoint on L under this many seconds.
BUDGET = 3.0


@dataclass
class Build:
    """One report file built: seconds in all, of which the queries and model, the process's
    CPU seconds (all its threads: on a busy machine the wall clock also counts the wait
    for a core), and the file's size."""

    seconds: float
    model_seconds: float
    size: int
    cpu_seconds: float = float("nan")


class Subject:
    """The largest plan of one database file (a private copy, opened once)."""

    def __init__(self, key: str, source: Path, work: Path) -> None:
        from dashboard.db import Database
        from dashboard.generate import largest_plan

        work.mkdir(parents=True, exist_ok=True)
        copy = work / f"{key}.duckdb"
        shutil.copyfile(source, copy)
        self.key = key
        self.db = Database.open(copy)
        self.plan_id = largest_plan(self.db)
        self.measures = int(
            self.db.scalar(
                "SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id "
                "WHERE g.plan_id = $p",
                {"p": self.plan_id},
            )
        )

    def build(self, fmt: str) -> Build:
        """The report as the user downloads it: queries, model and file, charts afresh."""
        from dashboard import reports
        from dashboard.generate import TODAY
        from dashboard.i18n import Translator
        from dashboard.reports import images

        images.clear_cache()
        began, cpu = time.perf_counter(), time.process_time()
        report = reports.report_for(
            self.db, self.plan_id, Translator("nb"), as_of=TODAY, generated=TODAY
        )
        modelled = time.perf_counter()
        _name, data = reports.render(report, fmt)
        done = time.perf_counter()
        return Build(done - began, modelled - began, len(data), time.process_time() - cpu)

    def close(self) -> None:
        self.db.close()


def _median(builds: list[Build]) -> Build:
    return Build(
        statistics.median(b.seconds for b in builds),
        statistics.median(b.model_seconds for b in builds),
        builds[-1].size,
        statistics.median(b.cpu_seconds for b in builds),
    )


def measure(subjects: dict[str, Subject], repeat: int) -> tuple[dict, dict]:
    """Median build per (subject, format) after one warm-up each, interleaved; and errors."""
    builds: dict[tuple[str, str], list[Build]] = {}
    errors: dict[tuple[str, str], str] = {}
    for rep in range(repeat + 1):  # the first round is the warm-up
        for fmt in NAMES:
            for key, subject in subjects.items():
                if (key, fmt) in errors:
                    continue
                try:
                    found = subject.build(fmt)
                except Exception as exc:  # a failing format is a figure too
                    errors[key, fmt] = f"{type(exc).__name__}: {exc}"[:100]
                    continue
                if rep:
                    builds.setdefault((key, fmt), []).append(found)
    return {k: _median(v) for k, v in builds.items()}, errors


def rows(results: dict, errors: dict) -> list[Row]:
    """The rows of the results: each format demo → L, Word + PowerPoint on L, file sizes."""
    nan = float("nan")

    def seconds(key: str, fmt: str) -> float:
        return results[key, fmt].seconds if (key, fmt) in results else nan

    out = []
    for fmt, name in NAMES.items():
        value, base = seconds("L", fmt), seconds("demo", fmt)
        met = None if math.isnan(value) or math.isnan(base) else value / base <= RATIO
        measure = f"{name}: demo → L (largest plans)"
        failed = [errors[k, fmt] for k in ("demo", "L") if (k, fmt) in errors]
        if failed:
            met, measure = False, f"{measure} (error: {failed[0]})"
        target = f"≤ {RATIO:g}×"
        out.append(Row(AREA, measure, "s", value, f"{name} of the demo", base, target, met))
    both = seconds("L", "docx") + seconds("L", "pptx")
    demo_both = seconds("demo", "docx") + seconds("demo", "pptx")
    out.append(
        Row(
            AREA,
            "Word + PowerPoint, largest plan of L",
            "s",
            both,
            "Word + PowerPoint of the demo",
            demo_both,
            f"< {BUDGET:g} s",
            None if math.isnan(both) else both < BUDGET,
        )
    )
    for fmt, name in NAMES.items():
        if ("L", fmt) in results and ("demo", fmt) in results:
            size, base = results["L", fmt].size / 1e6, results["demo", fmt].size / 1e6
            out.append(Row(AREA, f"{name} file size: demo → L", "MB", size, f"{name} of the demo",
                           base, "", None))  # fmt: skip
    return out


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """The report rows for the demo's and L's largest plans (see the module's docstring)."""
    subjects = {key: Subject(key, dbs[key], work) for key in ("demo", "L")}
    try:
        results, errors = measure(subjects, 1 if quick else 3)
        for key, subject in subjects.items():
            for fmt in NAMES:
                if (key, fmt) in results:
                    found = results[key, fmt]
                    print(f"  report {fmt} {key} ({subject.plan_id}, {subject.measures} measures):"
                          f" {found.seconds:.2f} s (queries + model {found.model_seconds:.2f} s;"
                          f" CPU {found.cpu_seconds:.2f} s),"
                          f" {found.size / 1e6:.2f} MB", flush=True)  # fmt: skip
                else:
                    print(f"  report {fmt} {key}: ERROR {errors[key, fmt]}", flush=True)
    finally:
        for subject in subjects.values():
            subject.close()
    return rows(results, errors)


def _table(found: list[Row]) -> str:
    lines = [f"{'measure':48} {'value':>9} {'baseline':>9} {'ratio':>7}  target  met"]
    for row in found:
        unit = row.unit
        lines.append(
            f"{row.measure[:48]:48} {row.value:8.2f}{unit[0]} {row.baseline_value:8.2f}{unit[0]}"
            f" {row.ratio:6.2f}×  {row.target:6}  {'' if row.met is None else row.met}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, help="a generated demo database (default: make one)")
    parser.add_argument("--large", type=Path, help="a generated large database (default: make one)")
    parser.add_argument("--scale", default="L", help="scale to generate without --large")
    parser.add_argument("--quick", action="store_true", help="one timed run instead of three")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        dbs = {}
        for key, given, scale in (("demo", args.demo, "demo"), ("L", args.large, args.scale)):
            if given is None:
                from dashboard.generate import generate_file

                given = work / f"generated-{scale}.duckdb"
                print(f"generating {scale} into {given} …", flush=True)
                generate_file(given, scale)
            dbs[key] = given
        print(_table(run(work / "reports", dbs, quick=args.quick)))


if __name__ == "__main__":
    main()
