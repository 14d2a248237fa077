"""Import (until ``bench_import.run`` lands): a 1 000 000-row metrics file, as the user runs it.

Two files of the same figures in the exact shape of the metrics template
(``dato;kanal;måltall;verdi;målgruppe``, the demo's channel and target-group names):
a UTF-8 ``,`` file with ISO dates and a decimal point, and a Windows-1252 ``;`` file
with ``31.12.2025`` dates and a decimal comma. For each, the whole process is timed,
reading the file included:

- Planpuls: ``python -m dashboard import FILE --kind metrics`` into a copy of the demo;
- DuckDB ``read_csv`` + ``INSERT`` with the same mapping (benchmarks/import_baselines.py)
  into another copy: target Planpuls ≤ 2× it;
- pandas + SQLite with the same mapping: target Planpuls ≥ 5× faster.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.common import Row, at_most, copy_db, faster_by

ROOT = Path(__file__).resolve().parent.parent
ROWS = 1_000_000
METRIC_WORDS = {"Besøkende": "visitors", "Sidevisninger": "pageviews", "Rekkevidde": "reach",
                "Visninger": "impressions", "Klikk": "clicks"}  # fmt: skip
FILES = {
    "utf8": {"encoding": "utf-8", "separator": ",", "decimal": ".", "date_format": "%Y-%m-%d",
             "label": "UTF-8 , file"},
    "cp1252": {"encoding": "cp1252", "separator": ";", "decimal": ",",
               "date_format": "%d.%m.%Y", "label": "cp1252 ; 31.12.2025 file"},
}  # fmt: skip


def write_files(folder: Path, demo: Path, rows: int) -> tuple[dict[str, Path], dict]:
    """The two files (every channel × metric × target group, or none, per day) and mapping."""
    from dashboard.db import Database

    db = Database.open(demo)
    try:
        channels = db.sql("SELECT name, id FROM channel WHERE organisation_id = 'his' ORDER BY id")
        audiences = db.sql(
            "SELECT name, id FROM audience WHERE organisation_id = 'his' ORDER BY id"
        )
    finally:
        db.close()
    names = channels["name"].to_numpy(dtype=object)
    groups = np.array(["", *audiences["name"]], dtype=object)
    metrics = np.array(list(METRIC_WORDS), dtype=object)
    i = np.arange(rows)
    combos = len(names) * len(metrics) * len(groups)
    day = pd.Timestamp("2022-01-01") + pd.to_timedelta(i // combos, unit="D")
    rest = i % combos
    rng = np.random.default_rng(1)
    frame = pd.DataFrame(
        {
            "dato": day,
            "kanal": names[rest % len(names)],
            "måltall": metrics[(rest // len(names)) % len(metrics)],
            "verdi": rng.integers(0, 100_000, rows) / 10,
            "målgruppe": groups[rest // (len(names) * len(metrics))],
        }
    )
    paths = {}
    for key, spec in FILES.items():
        out = frame.assign(dato=frame["dato"].dt.strftime(spec["date_format"]))
        paths[key] = folder / f"kanaltall-{key}.csv"
        out.to_csv(paths[key], sep=spec["separator"], decimal=spec["decimal"], index=False,
                   encoding=spec["encoding"])  # fmt: skip
    mapping = {
        "channels": dict(zip(channels["name"], channels["id"], strict=True)),
        "audiences": dict(zip(audiences["name"], audiences["id"], strict=True)),
        "metrics": {word.lower(): metric for word, metric in METRIC_WORDS.items()},
    }
    return paths, mapping


def _process(command: list[str]) -> tuple[float, str | None]:
    began = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - began
    if done.returncode != 0:
        return took, (done.stderr or done.stdout).strip()[-200:] or f"exit {done.returncode}"
    return took, None


def run(work: Path, dbs: dict[str, Path], quick: bool = False) -> list[Row]:
    """Rows: Planpuls vs DuckDB and vs pandas + SQLite, for each of the two files."""
    rows_wanted = 200_000 if quick else ROWS
    work.mkdir(parents=True, exist_ok=True)
    paths, mapping = write_files(work, dbs["demo"], rows_wanted)
    rows = []
    for key, spec in FILES.items():
        mapping_file = work / f"mapping-{key}.json"
        mapping_file.write_text(json.dumps({**mapping, **spec}, ensure_ascii=False), "utf-8")
        ours, error = _process([
            sys.executable, "-m", "dashboard", "import", str(paths[key]), "--kind", "metrics",
            "--plan", "his-2025", "--by", "benchmark",
            "--db", str(copy_db(dbs["demo"], work, f"planpuls-{key}.duckdb")),
        ])  # fmt: skip
        duck, duck_error = _process([
            sys.executable, str(ROOT / "benchmarks" / "import_baselines.py"), "duckdb",
            str(paths[key]), str(copy_db(dbs["demo"], work, f"duckdb-{key}.duckdb")),
            str(mapping_file),
        ])  # fmt: skip
        sqlite_file = work / f"sqlite-{key}.sqlite"
        sqlite_file.unlink(missing_ok=True)
        pandas_s, pandas_error = _process([
            sys.executable, str(ROOT / "benchmarks" / "import_baselines.py"), "sqlite",
            str(paths[key]), str(sqlite_file), str(mapping_file),
        ])  # fmt: skip
        print(f"  import {key}: Planpuls {ours:.2f} s, DuckDB {duck:.2f} s, pandas + SQLite "
              f"{pandas_s:.2f} s" + "".join(f" ERROR {e}" for e in (error, duck_error,
              pandas_error) if e), flush=True)  # fmt: skip
        label = f"{rows_wanted:,}".replace(",", " ") + f" rows, {spec['label']}"
        first = at_most("import", f"{label}: vs DuckDB read_csv + INSERT", ours,
                        "DuckDB read_csv + INSERT", duck, 2.0)  # fmt: skip
        second = faster_by("import", f"{label}: vs pandas + SQLite", ours, "pandas + SQLite",
                           pandas_s, 5.0)  # fmt: skip
        for row, problem in ((first, error or duck_error), (second, error or pandas_error)):
            if problem:
                row.met = False
                row.measure += f" (error: {problem[:60]})"
            rows.append(row)
    return rows
