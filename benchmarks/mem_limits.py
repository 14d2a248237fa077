"""Peak memory of one upload against its file size, for files near and over the limits.

Each case runs in a fresh process: it opens a copy of a database with the demo plans,
reads the file's bytes (as Streamlit hands them to the page), notes the peak resident
memory (``ru_maxrss``), runs the preview the upload page runs, and notes the peak
again. The growth is what the upload itself cost; its ratio to the file's size is
what ``docs/reliability.md`` (section *Limits*) quotes. Cases:

- a channel-figures CSV near PLANPULS_MAX_UPLOAD_MB, read whole: four of five rows
  repeat a figure (refused by its problems, the most the check ever holds),
- the same size with every figure once (accepted whole),
- an .xlsx of 200 000 rows that unpacks to just under PLANPULS_MAX_XLSX_UNPACKED_MB
  (accepted),
- the issue's zip bomb: an .xlsx whose sheet unpacks to 1.1 GB (refused),
- the issue's 200 MB CSV (refused by its size),
- a CSV with a line of a million columns (refused).

Run: ``.venv/bin/python benchmarks/mem_limits.py`` (a few minutes; it writes about
1.5 GB of files to a temporary folder and removes them), or with ``--only csv`` for
the two CSV cases near the limit alone. Not a test: it prints.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1_000_000

_CASE = """
import json, resource, sys, time
from pathlib import Path
from dashboard.db import Database
from dashboard.ingest.pipeline import Upload, preview
path, db_path = Path(sys.argv[1]), Path(sys.argv[2])
db = Database.open(db_path)
data = path.read_bytes()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
started = time.perf_counter()
result = preview(db, Upload(data, path.name, "his-2025"))
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"before": before, "peak": peak, "seconds": seconds, "rows": result.rows,
                  "problems": result.problem_count,
                  "error": result.file_error.code if result.file_error else None}))
"""


#: The figures of the distinct case: five per channel and day.
DISTINCT_METRICS = ("besøkende", "visninger", "klikk", "rekkevidde", "følgere")


def metrics_csv(path: Path, size: int, *, distinct: bool = False) -> None:
    """Channel figures as the secretariat's Excel writes them, up to ``size`` bytes.

    By default each figure (day, channel, metric) is written five times, so that four
    of five rows are refused as repeats; ``distinct`` writes each figure once (five
    metrics a day, from 2008 on), a file that is accepted whole.
    """
    rng = random.Random(1)
    channels = [f"Kanal {n:02d}" for n in range(40)]
    start = dt.date(2008 if distinct else 2010, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("dato;kanal;måltall;verdi\n")
        written, i = 0, 0
        while written < size:
            day = start + dt.timedelta(days=i // 200)
            metric = DISTINCT_METRICS[i // 40 % 5] if distinct else "besøkende"
            line = f"{day:%d.%m.%Y};{channels[i % 40]};{metric};{rng.randint(0, 99999)},5\n"
            written += len(line.encode())
            handle.write(line)
            i += 1


def repeat(source: Path, path: Path, size: int) -> None:
    """``source`` with its rows repeated until the file is ``size`` bytes."""
    header, body = source.read_bytes().split(b"\n", 1)
    with path.open("wb") as handle:
        handle.write(header + b"\n")
        written = len(header) + 1
        while written < size:
            part = body[: size - written]
            handle.write(part)
            written += len(part)


def metrics_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Tall")
    sheet.append(["dato", "kanal", "måltall", "verdi"])
    rng = random.Random(1)
    for i in range(rows):
        day = dt.date(2015, 1, 1) + dt.timedelta(days=i // 40)
        sheet.append([day, f"Kanal {i % 40:02d}", "besøkende", rng.randint(0, 99999)])
    book.save(path)


def zip_bomb(path: Path, unpacked: int) -> None:
    """An .xlsx whose one sheet is ``unpacked`` bytes of a repeated row, written streaming."""
    row = b'<row><c t="inlineStr"><is><t>' + b"x" * 60 + b"</t></is></c><c><v>1</v></c></row>"
    chunk = row * 10_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet><sheetData>')
            for _ in range(unpacked // len(chunk)):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")


def wide_csv(path: Path) -> None:
    path.write_bytes(b"dato;kanal;m\xc3\xa5ltall;verdi\n01.01.2025;" + b";" * 1_000_000 + b"\n")


def measure(path: Path, demo: Path, folder: Path) -> dict:
    db_path = folder / "case.duckdb"
    shutil.copyfile(demo, db_path)
    done = subprocess.run(
        [sys.executable, "-c", _CASE, str(path), str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    db_path.unlink()
    return json.loads(done.stdout.strip().splitlines()[-1])


def _other_cases(folder: Path) -> list[tuple[str, Path]]:
    """The cases after the accepted CSV (written after it: the 200 MB one repeats it)."""
    cases = []
    path = folder / "figures.xlsx"
    metrics_xlsx(path, 200_000)
    cases.append(("xlsx, 200 000 rows (accepted)", path))
    path = folder / "bomb.xlsx"
    zip_bomb(path, 1_100 * MB)
    cases.append(("xlsx zip bomb, 1.1 GB unpacked (refused)", path))
    path = folder / "huge.csv"
    repeat(folder / "figures.csv", path, 200 * MB)
    cases.append(("CSV of 200 MB (refused)", path))
    path = folder / "wide.csv"
    wide_csv(path)
    cases.append(("CSV, a line of a million columns (refused)", path))
    return cases


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["csv"], help="run only the CSV cases near the limit")
    only = parser.parse_args().only
    from dashboard import settings
    from dashboard.db import Database
    from dashboard.demo import load_demo

    upload_mb = settings.limit("PLANPULS_MAX_UPLOAD_MB")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo = folder / "demo.duckdb"
        database = Database.open(demo)
        load_demo(database)
        database.close()
        cases = []
        started = time.perf_counter()
        path = folder / "figures.csv"
        metrics_csv(path, int(upload_mb * MB * 0.95))
        cases.append((f"CSV near the {upload_mb} MB limit, repeats", path))
        path = folder / "distinct.csv"
        metrics_csv(path, int(upload_mb * MB * 0.95), distinct=True)
        cases.append((f"CSV near the {upload_mb} MB limit, distinct", path))
        for label, path in [] if only else _other_cases(folder):
            cases.append((label, path))
        print(f"files written in {time.perf_counter() - started:.0f} s\n")
        print(f"{'case':<46} {'file MB':>8} {'unpacked':>9} {'growth MB':>9} "
              f"{'x file':>7} {'peak MB':>8} {'s':>6}  outcome")  # fmt: skip
        for label, path in cases:
            size = path.stat().st_size
            unpacked = ""
            if path.suffix == ".xlsx":
                with zipfile.ZipFile(path) as archive:
                    unpacked = f"{sum(i.file_size for i in archive.infolist()) / MB:.0f}"
            got = measure(path, demo, folder)
            growth = got["peak"] - got["before"]
            outcome = got["error"] or f"read, {got['rows']} rows, {got['problems']} problems"
            print(
                f"{label:<46} {size / MB:>8.1f} {unpacked:>9} {growth / MB:>9.0f} "
                f"{growth / size:>7.1f} {got['peak'] / MB:>8.0f} {got['seconds']:>6.2f}  {outcome}"
            )


if __name__ == "__main__":
    main()
