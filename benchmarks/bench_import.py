"""Benchmark: importing a large channel-figures file as the user does, against baselines.

Generates a metrics file of ROWS rows in the shape the importer takes, in two
variants, into a temp dir:

* ``utf8``: UTF-8, ``,``-separated, ISO dates (``2025-12-31``), decimal point;
* ``cp1252``: Windows-1252 (Excel on Norwegian Windows), ``;``-separated, CRLF,
  ``31.12.2025`` dates and decimal commas; Norwegian metric and channel names
  (``Besøkende``, ``Personlige møter``), so that the encoding matters.

Then, for each variant, it times three whole processes (subprocesses, file read
and Python start included), interleaved, the median of a few runs each, every
one into a fresh copy of a database that holds the demo plans:

1. Planpuls: ``python -m dashboard import FILE --db DB --plan his-2025``, as the
   user runs it (decode, detect, stage, check every rule, write one batch);
2. DuckDB alone: ``read_csv`` + ``INSERT`` into the same ``channel_metric`` table
   with the same mapping (channel names to the organisation's channel ids, metric
   names to metric ids, dates and decimal commas parsed by ``read_csv``) and no
   checks. DuckDB has no cp1252 reader: it reads that file as ``latin-1``, which is
   the same for every letter the file holds;
3. pandas + SQLite: ``pandas.read_csv`` (with the file's encoding, separator and
   decimal mark), the same mapping, dates parsed, ``to_sql`` into a SQLite table of
   the same shape (primary key and the same index).

Targets (issue 9): Planpuls at most 2x DuckDB, and at least 5x faster than pandas
+ SQLite. Also the peak memory (RSS) of each process. Run:
``.venv/bin/python benchmarks/bench_import.py [--rows N] [--runs N] [--quick]``.
``--before DIR`` also times ``python -m dashboard import`` of another checkout (an
export of an older commit), into a demo database that checkout made, interleaved with
the others run by run: a change's before and after against the same baseline in one
run. ``--no-pandas`` leaves the pandas + SQLite contender out (a shorter run on a
shared machine). Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import Row  # noqa: E402

ROWS = 1_000_000
PLAN = "his-2025"
ORG = "his"
#: The demo organisation's channels (their names as the secretariat writes them).
CHANNELS = (
    "Nettside", "Sosiale kanaler", "Nyhetsbrev", "Teams", "Foredrag",
    "Arrangement og konferanser", "Personlige møter", "E-post", "Faglige tidsskrift",
    "Media", "Internmøter", "E-post (intern)", "Teams (intern)", "Fildeling og samhandling",
)  # fmt: skip
#: Metric names as a Norwegian export writes them, and the ids they stand for.
METRICS = {
    "Rekkevidde": "reach", "Visninger": "impressions", "Besøkende": "visitors",
    "Sidevisninger": "pageviews", "Abonnenter": "subscribers", "Åpninger": "opens",
    "Klikk": "clicks", "Følgere": "followers", "Nye følgere": "new_followers",
    "Deltakere": "participants", "Omtaler": "mentions", "Innlegg": "posts",
}  # fmt: skip
#: The variants: header, separator, encoding, line end, date format, decimal mark.
VARIANTS = {
    "utf8": ("date,channel,metric,value", ",", "utf-8", "\n", "%Y-%m-%d", "."),
    "cp1252": ("dato;kanal;måltall;verdi", ";", "cp1252", "\r\n", "%d.%m.%Y", ","),
}
VARIANT_NAMES = {
    "utf8": "UTF-8 ',' file, ISO dates",
    "cp1252": "cp1252 ';' file, 31.12.2025, decimal comma",
}


def generate(path: Path, rows: int, variant: str) -> None:
    """A metrics file, one figure per row: every channel x metric for each day from
    2000-01-01 (no day in the future, none the demo already has)."""
    header, sep, encoding, end, date_format, mark = VARIANTS[variant]
    rng = random.Random(1)
    per_day = len(CHANNELS) * len(METRICS)
    days = -(-rows // per_day)
    start = dt.date(2000, 1, 1)
    dates = [(start + dt.timedelta(days=d)).strftime(date_format) for d in range(days)]
    pairs = [(c, m) for m in METRICS for c in CHANNELS]
    with path.open("w", encoding=encoding, newline="") as handle:
        handle.write(header + end)
        chunk = []
        for i in range(rows):
            channel, metric = pairs[i % per_day]
            value = f"{rng.randrange(100000)}{mark}{rng.randrange(10)}"
            chunk.append(f"{dates[i // per_day]}{sep}{channel}{sep}{metric}{sep}{value}{end}")
            if len(chunk) >= 100_000:
                handle.write("".join(chunk))
                chunk = []
        handle.write("".join(chunk))


_DUCKDB = textwrap.dedent(
    """
    import sys, duckdb
    path, db, sep, dateformat, mark, encoding, org = sys.argv[1:8]
    metrics = dict(zip(sys.argv[8::2], sys.argv[9::2]))
    con = duckdb.connect(db)
    con.execute("CREATE TEMP TABLE metric_words (word VARCHAR, metric_id VARCHAR)")
    con.executemany("INSERT INTO metric_words VALUES (?, ?)",
                    [(k.lower(), v) for k, v in metrics.items()])
    con.execute("BEGIN")
    con.execute(
        "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value) "
        "SELECT c.id, r.d, r.d, w.metric_id, r.v FROM read_csv($path, delim = $sep, "
        "header = true, dateformat = $dateformat, decimal_separator = $mark, "
        "encoding = $encoding, columns = {'d': 'DATE', 'ch': 'VARCHAR', 'm': 'VARCHAR', "
        "'v': 'DOUBLE'}) r "
        "JOIN channel c ON c.organisation_id = $org AND lower(c.name) = lower(r.ch) "
        "JOIN metric_words w ON w.word = lower(r.m)",
        {"path": path, "sep": sep, "dateformat": dateformat, "mark": mark,
         "encoding": encoding, "org": org},
    )
    con.execute("COMMIT")
    con.close()
    """
)

_PANDAS = textwrap.dedent(
    """
    import sqlite3, sys
    import pandas as pd
    path, db, sep, dateformat, mark, encoding = sys.argv[1:7]
    metrics = {k.lower(): v for k, v in zip(sys.argv[7::2], sys.argv[8::2])}
    con = sqlite3.connect(db)
    channels = {n.lower(): i for i, n in con.execute("SELECT id, name FROM channel")}
    frame = pd.read_csv(path, sep=sep, decimal=mark, encoding=encoding,
                        names=["d", "ch", "m", "v"], header=0)
    day = pd.to_datetime(frame["d"], format=dateformat).dt.strftime("%Y-%m-%d")
    out = pd.DataFrame({
        "channel_id": frame["ch"].str.lower().map(channels),
        "period_start": day, "period_end": day,
        "metric": frame["m"].str.lower().map(metrics), "value": frame["v"],
    })
    out.to_sql("channel_metric", con, if_exists="append", index=False)
    con.commit()
    con.close()
    """
)

_SQLITE_SCHEMA = """
CREATE TABLE channel (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE channel_metric (
    id INTEGER PRIMARY KEY, channel_id TEXT NOT NULL, period_start TEXT NOT NULL,
    period_end TEXT NOT NULL, metric TEXT NOT NULL, value REAL NOT NULL, audience_id TEXT,
    goal_id TEXT, measure_id TEXT, note TEXT, illustrative INTEGER NOT NULL DEFAULT 0,
    import_batch_id INTEGER, source TEXT, CHECK (period_start <= period_end));
CREATE INDEX channel_metric_channel_period ON channel_metric (channel_id, period_start);
"""


@dataclass
class Timing:
    seconds: float
    peak_mb: float
    cpu: float


#: The checkout whose ``python -m dashboard`` is timed (``--root``: an older one, to
#: measure before and after in the same run).
PLANPULS_ROOT = ROOT


#: Runs the command given after its first argument and writes the command's peak
#: resident memory (kB) to the file named by the first. A process forked from this
#: benchmark starts with the benchmark's own high-water mark (Linux copies it on fork
#: and keeps it across exec), so every command measured directly reported the
#: benchmark's 2.4 GB; a small launcher in between gives each command its own.
_LAUNCHER = """
import os, subprocess, sys
process = subprocess.Popen(sys.argv[2:])
_pid, status, usage = os.wait4(process.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _run(command: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> Timing:
    """Run a whole process; its wall time, CPU time and its own peak resident memory."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as usage_file:
        began = time.perf_counter()
        process = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, usage_file.name, *command],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        elapsed = time.perf_counter() - began
        if process.returncode != 0:
            error = process.stderr.decode(errors="replace")
            raise RuntimeError(f"{command[:4]} failed: {error[-2000:]}")
        peak_kb, cpu = usage_file.read().split()
    return Timing(elapsed, int(peak_kb) / 1024, float(cpu))


def _compiled(root: Path | None) -> None:
    """Byte-compile a checkout's ``dashboard`` package, as an installed app has it: with
    PYTHONDONTWRITEBYTECODE set (or a read-only checkout) every timed command would
    otherwise compile its modules again (about 0.1 s of CPU per run)."""
    if root is not None:
        compileall.compile_dir(root / "dashboard", quiet=1)


def _demo_database(folder: Path, root: Path = ROOT, name: str = "demo") -> Path:
    """A demo database made by the checkout at ``root`` (its own schema version)."""
    path = folder / f"{name}.duckdb"
    subprocess.run(
        [sys.executable, "-m", "dashboard", "demo", "--db", str(path)],
        cwd=root,
        check=True,
        capture_output=True,
    )
    return path


def _sqlite_database(template: Path, path: Path) -> None:
    import duckdb

    con = duckdb.connect(str(template), read_only=True)
    channels = con.execute("SELECT id, organisation_id, name FROM channel").fetchall()
    con.close()
    path.unlink(missing_ok=True)
    lite = sqlite3.connect(path)
    lite.executescript(_SQLITE_SCHEMA)
    lite.executemany("INSERT INTO channel VALUES (?, ?, ?)", channels)
    lite.commit()
    lite.close()


def _metric_args() -> list[str]:
    return [x for pair in METRICS.items() for x in pair]


def _planpuls(path: Path, db: Path, root: Path | None = None) -> Timing:
    command = [sys.executable, "-m", "dashboard", "import", str(path), "--db", str(db)]
    env = {**os.environ, "PLANPULS_DEMO": "0"}
    return _run([*command, "--plan", PLAN], env=env, cwd=root or PLANPULS_ROOT)


def _duckdb(path: Path, db: Path, variant: str) -> Timing:
    _header, sep, encoding, _end, date_format, mark = VARIANTS[variant]
    duck_encoding = "utf-8" if encoding == "utf-8" else "latin-1"
    args = [str(path), str(db), sep, date_format, mark, duck_encoding, ORG, *_metric_args()]
    return _run([sys.executable, "-c", _DUCKDB, *args])


def _pandas(path: Path, db: Path, variant: str) -> Timing:
    _header, sep, encoding, _end, date_format, mark = VARIANTS[variant]
    args = [str(path), str(db), sep, date_format, mark, encoding, *_metric_args()]
    return _run([sys.executable, "-c", _PANDAS, *args])


def _check_planpuls(db: Path, rows: int) -> None:
    """The import really wrote every row, mapped (not timed)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    found = con.execute(
        "SELECT count(*), count(DISTINCT metric), count(DISTINCT channel_id) "
        "FROM channel_metric WHERE import_batch_id = (SELECT max(id) FROM import_batch)"
    ).fetchone()
    con.close()
    if found[0] != rows:
        raise RuntimeError(f"Planpuls wrote {found[0]} rows, not {rows}")


def measure(
    work: Path,
    rows: int,
    runs: int,
    variants: tuple[str, ...] = ("utf8", "cp1252"),
    before: Path | None = None,
    pandas: bool = True,
) -> dict[str, dict[str, list[Timing]]]:
    """Timings per variant and contender, the contenders interleaved run by run
    (``before``: also the checkout at that path, into a demo database of its own)."""
    for root in (PLANPULS_ROOT, before):
        _compiled(root)
    template = _demo_database(work, PLANPULS_ROOT)
    old_template = _demo_database(work, before, "demo-before") if before else None
    results: dict[str, dict[str, list[Timing]]] = {}
    for variant in variants:
        path = work / f"kanaltall-{variant}.csv"
        generate(path, rows, variant)
        found = results.setdefault(variant, {"planpuls": [], "duckdb": [], "pandas": []})
        for run in range(runs):
            copy = work / "run.duckdb"
            shutil.copy(template, copy)
            found["planpuls"].append(_planpuls(path, copy))
            if run == 0:
                _check_planpuls(copy, rows)
            shutil.copy(template, copy)
            found["duckdb"].append(_duckdb(path, copy, variant))
            if old_template is not None:
                shutil.copy(old_template, copy)
                found.setdefault("before", []).append(_planpuls(path, copy, before))
                if run == 0:
                    _check_planpuls(copy, rows)
            if pandas:
                lite = work / "run.sqlite"
                _sqlite_database(template, lite)
                found["pandas"].append(_pandas(path, lite, variant))
        path.unlink()
    return results


def _median(timings: list[Timing], what: str = "seconds") -> float:
    return statistics.median(getattr(t, what) for t in timings)


def rows_from(results: dict[str, dict[str, list[Timing]]], rows: int) -> list[Row]:
    """The figures as benchmark rows: each against its baseline in the same run."""
    out: list[Row] = []
    for variant, found in results.items():
        with_pandas = bool(found["pandas"])
        ours, duck = (_median(found[k]) for k in ("planpuls", "duckdb"))
        pandas = _median(found["pandas"]) if with_pandas else float("nan")
        what = f"import {rows:_} rows, {VARIANT_NAMES[variant]}".replace("_", " ")
        cpu = [_median(found[k], "cpu") for k in ("planpuls", "duckdb")]
        cpu.append(_median(found["pandas"], "cpu") if with_pandas else float("nan"))
        out.append(
            Row("import", what, "s", ours, "DuckDB read_csv + INSERT", duck, "≤ 2×",
                ours / duck <= 2)
        )  # fmt: skip
        out.append(
            Row("import", f"{what} (CPU time)", "s", cpu[0], "DuckDB read_csv + INSERT",
                cpu[1], "≤ 2×", cpu[0] / cpu[1] <= 2)
        )  # fmt: skip
        if found.get("before"):  # --before: the older checkout against the same baseline
            old, old_cpu = _median(found["before"]), _median(found["before"], "cpu")
            out.append(
                Row("import", f"{what}, before", "s", old, "DuckDB read_csv + INSERT", duck,
                    "≤ 2×", old / duck <= 2)
            )  # fmt: skip
            out.append(
                Row("import", f"{what}, before (CPU time)", "s", old_cpu,
                    "DuckDB read_csv + INSERT", cpu[1], "≤ 2×", old_cpu / cpu[1] <= 2)
            )  # fmt: skip
        if with_pandas:
            out.append(
                Row("import", what, "s", ours, "pandas + SQLite", pandas, "≥ 5× faster",
                    ours / pandas <= 0.2)
            )  # fmt: skip
            out.append(
                Row("import", f"{what} (CPU time)", "s", cpu[0], "pandas + SQLite", cpu[2],
                    "≥ 5× faster", cpu[0] / cpu[2] <= 0.2)
            )  # fmt: skip
            # How far the pandas target is from DuckDB itself: even its own load, with no
            # checks, is not 5x faster than pandas + SQLite on every machine.
            out.append(
                Row("import", f"DuckDB's own load, {VARIANT_NAMES[variant]}", "s", duck,
                    "pandas + SQLite", pandas, "reported", None)
            )  # fmt: skip
            out.append(
                Row("import", f"DuckDB's own load, {VARIANT_NAMES[variant]} (CPU time)", "s",
                    cpu[1], "pandas + SQLite", cpu[2], "reported", None)
            )  # fmt: skip
        peak = max(t.peak_mb for t in found["planpuls"])
        duck_peak = max(t.peak_mb for t in found["duckdb"])
        out.append(
            Row("import", f"peak memory (RSS), {VARIANT_NAMES[variant]}", "MB", peak,
                "DuckDB read_csv + INSERT", duck_peak, "reported", None)
        )  # fmt: skip
    return out


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """The agreed interface: the import rows (``dbs`` is not needed: every import
    goes into a fresh copy of a demo database made here)."""
    rows = 100_000 if quick else ROWS
    runs = 1 if quick else 3
    work.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-import-", dir=work))
    try:
        return rows_from(measure(folder, rows, runs), rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def print_table(rows: list[Row]) -> None:
    """The rows as a plain table, ratio beside each."""
    print(f"{'measure':<78} {'value':>9} {'baseline':<26} {'base':>9} {'ratio':>7}  target")
    for r in rows:
        ratio = r.value / r.baseline_value if r.baseline_value else float("nan")
        met = {True: "met", False: "NOT met", None: ""}[r.met]
        print(
            f"{r.measure[:78]:<78} {r.value:8.2f}{r.unit[0]} {r.baseline:<26} "
            f"{r.baseline_value:8.2f}{r.unit[0]} {ratio:6.2f}x  {r.target} {met}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median)")
    parser.add_argument("--variant", choices=tuple(VARIANTS), action="append")
    parser.add_argument("--quick", action="store_true", help="100 000 rows, one run")
    parser.add_argument(
        "--root", type=Path, help="time `python -m dashboard` of this checkout instead"
    )
    parser.add_argument("--before", type=Path, help="also time this checkout's import, interleaved")
    parser.add_argument("--no-pandas", action="store_true", help="leave pandas + SQLite out")
    args = parser.parse_args()
    if args.root:
        global PLANPULS_ROOT
        PLANPULS_ROOT = args.root.resolve()
    rows, runs = (100_000, 1) if args.quick else (args.rows, args.runs)
    variants = tuple(args.variant or VARIANTS)
    with tempfile.TemporaryDirectory() as tmp:
        before = args.before.resolve() if args.before else None
        results = measure(Path(tmp), rows, runs, variants, before, not args.no_pandas)
    load = f", load average {os.getloadavg()[0]:.1f}"
    print(f"{rows:,} rows, median of {runs} run(s), {os.cpu_count()} cores{load}")
    print(f"Planpuls from {PLANPULS_ROOT}" + (f", before from {before}" if before else ""))
    print_table(rows_from(results, rows))


if __name__ == "__main__":
    main()
