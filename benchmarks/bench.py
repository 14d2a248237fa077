"""Planpuls' benchmark, one command: every figure against its baseline in the same run.

    .venv/bin/python benchmarks/bench.py [--out benchmarks/results.json] [--quick]
                                         [--cache DIR] [--only AREA ...]

Generates what it needs (the demo, L and XL; with ``--quick`` S and S with 4× the
history instead of L and XL, and fewer repeats) into a temporary folder, or reuses
the files in ``--cache`` made by the same generator, then runs each area:

- pages: each page's AppTest run, demo → L (≤ 1.5×) and L → XL (≤ 1.2×), and the SQL
  each page runs, timed alone (benchmarks/bench_pages.py);
- pg: each page on L with PostgreSQL as the store against DuckDB, and the copy of L into
  PostgreSQL (benchmarks/bench_pg.py; needs PostgreSQL installed, as scripts/test does,
  and is skipped, saying so, without it);
- reports: Word, PowerPoint, PDF of the largest plan (benchmarks/bench_reports.py);
- import: a 1 000 000-row metrics file (benchmarks/bench_import.py);
- browser and memory: Oversikt in Chromium, 20 sessions (benchmarks/bench_browser.py).

An area's module exposes ``run(work, dbs, quick) -> list[Row]`` (benchmarks/common.py).
Prints a table (area | measure | value | baseline | ratio | target | met) and
writes the rows as JSON. Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import Row, under  # noqa: E402

AREAS = ("pages", "pg", "reports", "import", "browser")
#: Area -> the module that measures it.
MODULES = {
    "pages": "benchmarks.bench_pages",
    "pg": "benchmarks.bench_pg",
    "reports": "benchmarks.bench_reports",
    "import": "benchmarks.bench_import",
    "browser": "benchmarks.bench_browser",
}


def machine() -> dict[str, object]:
    """Cores, memory and CPU model of this machine, and when the run started."""
    model = ""
    with Path("/proc/cpuinfo").open(encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with Path("/proc/meminfo").open(encoding="utf-8") as info:
        kib = int(info.readline().split()[1])
    return {
        "nproc": os.cpu_count(),
        "ram_gb": round(kib / 1024 / 1024, 1),
        "cpu": model,
        "python": platform.python_version(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _generator_version() -> str:
    """A digest of the generator's code, so a cache is never used across its changes."""
    digest = hashlib.sha256()
    for path in [ROOT / "dashboard" / "generate.py", *sorted((ROOT / "dashboard" / "sql").glob(
            "generate_*.sql")), *sorted((ROOT / "data" / "demo").glob("*.csv")),
            *sorted((ROOT / "dashboard" / "migrations").glob("*.sql"))]:  # fmt: skip
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


#: The databases each area reads.
NEEDS = {"pages": ("demo", "L", "XL"), "pg": ("L",), "reports": ("demo", "L"),
         "import": ("demo",), "browser": ("L",)}  # fmt: skip


def prepare(
    folder: Path,
    quick: bool,
    cache: Path | None,
    areas: tuple[str, ...] = AREAS,
    no_xl: bool = False,
) -> tuple[dict[str, Path], list[Row]]:
    """The databases the areas need (demo, L, XL), generated or from the cache; rows for
    the time generating L took."""
    from dashboard.generate import SCALES, Scale, generate_file

    small = SCALES["S"]
    wanted: dict[str, str | Scale] = {"demo": "demo", "L": "L", "XL": "XL"}
    if quick:
        wanted = {"demo": "demo", "L": "S", "XL": Scale("S4", small.plans, small.measures,
                  small.largest, small.updates * 4, small.metrics * 4)}  # fmt: skip
    needed = {role for area in areas for role in NEEDS[area]} - ({"XL"} if no_xl else set())
    wanted = {role: scale for role, scale in wanted.items() if role in needed}
    version = _generator_version()
    dbs, rows = {}, []
    for role, scale in wanted.items():
        name = scale if isinstance(scale, str) else scale.name
        target = folder / f"{name}-{version}.duckdb"
        cached = cache / target.name if cache else None
        if cached and cached.exists():
            shutil.copyfile(cached, target)
            print(f"{role}: {name} from the cache {cached}", flush=True)
        else:
            began = time.perf_counter()
            made = generate_file(target, scale)
            took = time.perf_counter() - began
            print(f"{role}: generated {name} in {took:.1f} s ({made['status_update']:,} "
                  f"updates, {made['channel_metric']:,} figures)", flush=True)  # fmt: skip
            if name == "L":
                rows.append(under("generate", "generate L (python -m dashboard generate)",
                                  took, 120.0))  # fmt: skip
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(target, cached)
        dbs[role] = target
    return dbs, rows


def area_module(area: str):
    """The module that measures ``area``."""
    return importlib.import_module(MODULES[area])


def _number(value: float, unit: str) -> str:
    if value != value:  # NaN: no figure
        return "–"
    return f"{value:.1f} MB" if unit == "MB" else f"{value:.2f} s"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table: area | measure | value | baseline | ratio | target | met."""
    lines = [
        "| area | measure | value | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        baseline = (
            f"{row.baseline}: {_number(row.baseline_value, row.unit)}" if row.baseline else ""
        )
        ratio = row.ratio
        shown_ratio = "" if ratio != ratio else f"{ratio:.2f}×"
        met = {True: "yes", False: "**no**", None: ""}[row.met]
        lines.append(f"| {row.area} | {row.measure} | {_number(row.value, row.unit)} | "
                     f"{baseline} | {shown_ratio} | {row.target} | {met} |")  # fmt: skip
    return "\n".join(lines)


def table_of(path: Path) -> str:
    """The machine line and table of a results file written by an earlier run."""
    found = json.loads(path.read_text(encoding="utf-8"))
    nan = float("nan")
    rows = [
        Row(r["area"], r["measure"], r["unit"], nan if r["value"] is None else r["value"],
            r["baseline"], nan if r["baseline_value"] is None else r["baseline_value"],
            r["target"], r["met"])
        for r in found["rows"]
    ]  # fmt: skip
    info = found["machine"]
    head = (f"{info['date']}, {info['nproc']} cores, {info['ram_gb']} GB RAM, {info['cpu']}"
            f"{' (quick)' if found['quick'] else ''}")  # fmt: skip
    if found.get("seconds"):
        head += f"; the run took {found['seconds'] / 60:.1f} min"
    if found.get("note"):
        head += f". {found['note']}"
    return head + "\n\n" + table(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--quick", action="store_true", help="S instead of L/XL, fewer repeats")
    parser.add_argument("--cache", type=Path, help="keep and reuse generated databases here")
    parser.add_argument("--only", nargs="+", choices=AREAS, help="run only these areas")
    parser.add_argument("--no-xl", action="store_true",
                        help="leave XL out (no L → XL figures; for a short run)")  # fmt: skip
    parser.add_argument("--table", type=Path, metavar="JSON",
                        help="print the table of an earlier run's JSON file and stop")  # fmt: skip
    args = parser.parse_args(argv)
    if args.table:
        print(table_of(args.table))
        return 0
    began = time.perf_counter()
    info = machine()
    print(f"Planpuls benchmark, {info['date']}: {info['nproc']} cores, {info['ram_gb']} GB, "
          f"{info['cpu']}" + (" (quick)" if args.quick else ""), flush=True)  # fmt: skip
    rows: list[Row] = []

    def save(final: bool) -> None:  # after every area, so an interrupted run keeps its rows
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(
                {"machine": info, "quick": args.quick, "complete": final,
                 "seconds": round(time.perf_counter() - began, 1),
                 "rows": [r.as_dict() for r in rows]},
                ensure_ascii=False, indent=2, allow_nan=False, default=str,
            ) + "\n",
            encoding="utf-8",
        )  # fmt: skip

    with tempfile.TemporaryDirectory(prefix="planpuls-bench-") as tmp:
        folder = Path(tmp)
        dbs, made = prepare(folder, args.quick, args.cache, tuple(args.only or AREAS), args.no_xl)
        rows += made
        for area in args.only or AREAS:
            print(f"== {area}", flush=True)
            try:
                found = area_module(area).run(folder / area, dbs, args.quick)
            except Exception as exc:  # one area failing must not hide the others
                traceback.print_exc()
                found = [Row(area, f"{area} failed: {type(exc).__name__}: {exc}"[:120], "s",
                             float("nan"), "", 0.0, "", False)]  # fmt: skip
            rows += found
            save(final=False)
    took = time.perf_counter() - began
    print()
    print(table(rows))
    missed = [r for r in rows if r.met is False]
    print(f"\n{len(rows)} figures, {len(missed)} targets not met; the run took {took / 60:.1f} min")
    save(final=True)
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
