"""Benchmark: importing a large channel-figures CSV against DuckDB's own raw load.

Generates a Norwegian-Excel style file (``;``, ``31.12.2025``, decimal comma) of
ROWS rows, then in the same process times

1. the baseline: DuckDB ``read_csv`` + ``INSERT`` of the same file into a table of
   the same shape, with no checking at all, and
2. Planpuls: ``commit`` of the file through the upload pipeline (decode, detect,
   stage, check every rule, compare with the database, write one batch),

and prints both times and their ratio. Run: ``.venv/bin/python benchmarks/bench_import.py
[--rows N]`` (default 1 000 000). Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.db import Database
from dashboard.demo import load_demo
from dashboard.ingest.pipeline import Upload, commit

# 40 channels × 5 metrics = 200 figures a day: a million rows span 5 000 days.
CHANNELS = (
    "Nettside", "Nyhetsbrev", "Sosiale kanaler", "Media", "Foredrag",
    *(f"Kampanjeside {n:02d}" for n in range(1, 36)),
)  # fmt: skip
METRICS = ("besøkende", "sidevisninger", "rekkevidde", "visninger", "klikk")


def generate(path: Path, rows: int) -> None:
    """A metrics file as the secretariat's Excel writes it: one figure per row."""
    rng = random.Random(1)
    start = dt.date(2010, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("dato;kanal;måltall;verdi\n")
        combos = len(CHANNELS) * len(METRICS)
        for i in range(rows):
            day = start + dt.timedelta(days=i // combos)
            channel = CHANNELS[i % len(CHANNELS)]
            metric = METRICS[(i // len(CHANNELS)) % len(METRICS)]
            value = f"{rng.randint(0, 99999)},{rng.randint(0, 9)}"
            handle.write(f"{day:%d.%m.%Y};{channel};{metric};{value}\n")


def baseline(path: Path, folder: Path) -> float:
    """DuckDB alone: read the CSV and insert it into the same table, with no checking.

    Same schema as Planpuls writes (channel_metric with its id sequence and primary
    key); channel names are looked up, dates and decimal commas parsed by read_csv.
    """
    db = Database.open(folder / "baseline.duckdb")
    with db.write() as cur:
        cur.execute("INSERT INTO organisation (id, name) VALUES ('o', 'Organisasjon')")
        for n, name in enumerate(CHANNELS):
            cur.execute(
                "INSERT INTO channel (id, organisation_id, name, scope) "
                "VALUES ($id, 'o', $name, 'external')",
                {"id": f"c{n}", "name": name},
            )
    began = time.perf_counter()
    with db.write() as cur:
        cur.execute(
            "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value) "
            "SELECT c.id, r.dato, r.dato, r.måltall, r.verdi FROM read_csv($p, delim=';', "
            "header=true, dateformat='%d.%m.%Y', decimal_separator=',') r "
            "JOIN channel c ON c.name = r.kanal",
            {"p": str(path)},
        )
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed


def planpuls(path: Path, folder: Path) -> tuple[float, dict]:
    """The upload pipeline, committing the file as one batch into the demo database."""
    db = Database.open(folder / "bench.duckdb")
    load_demo(db)
    data = path.read_bytes()
    upload = Upload(data, path.name, "his-2025", today=dt.date(2026, 11, 23))
    began = time.perf_counter()
    done = commit(db, upload, by="benchmark")
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed, done.preview.counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "kanaltall.csv"
        generate(path, args.rows)
        size = path.stat().st_size / 1e6
        print(f"file: {args.rows:,} rows, {size:.1f} MB")
        base = baseline(path, folder)
        ours, counts = planpuls(path, folder)
        print(f"baseline (DuckDB read_csv + INSERT, same table): {base:8.2f} s")
        print(f"Planpuls import (checked, one batch): {ours:8.2f} s   {counts}")
        print(f"ratio: {ours / base:.2f}x (target: at most 2x)")


if __name__ == "__main__":
    main()
