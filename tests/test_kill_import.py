"""kill -9 during a large import: the database opens, and every batch is whole or absent.

A subprocess runs ``python -m dashboard import`` (the command line a scheduled job uses)
on a file of thousands of status rows, and is killed with SIGKILL at a random moment:
while Python starts, while the file is read and checked, or while the batch is written.
After every kill the database must open, and every import batch must hold exactly the
rows it recorded, with no row pointing at a batch that does not exist.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dashboard.db import Database, load_sql
from tests.figures import report

ROOT = Path(__file__).resolve().parent.parent
PLAN = "his-2025"
ROWS = 5_000
KILLS = int(os.environ.get("PLANPULS_KILLS", "10"))
LONG_KILLS = int(os.environ.get("PLANPULS_LONG_KILLS", "30"))


def status_file(path: Path, measures: list[str], attempt: int) -> Path:
    """ROWS status updates (one per measure and day), commented with the attempt's number,
    so every attempt changes every row and is a batch of its own."""
    start = dt.date(2025, 1, 1)
    lines = ["tiltak_id;dato;status;fremdrift;kommentar"]
    for i in range(ROWS):
        day = start + dt.timedelta(days=i // len(measures))
        lines.append(
            f"{measures[i % len(measures)]};{day:%d.%m.%Y};På sporet;{i % 100} %;"
            f"forsøk {attempt}, rad {i + 2}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_import(db_path: Path, file: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "dashboard", "import", str(file)]
    command += ["--db", str(db_path), "--plan", PLAN, "--by", "kill-test"]
    env = {**os.environ, "PLANPULS_TODAY": "2026-11-23", "PLANPULS_LANG": "nb"}
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def check_whole(db_path: Path) -> dict[int, int]:
    """Open the database; assert every batch is whole; return {batch: rows} of status rows."""
    db = Database.open(db_path)  # opens (replaying its .wal), or the test fails here
    try:
        batches = db.sql(
            "SELECT b.id, b.kind, b.rows_added + b.rows_changed AS recorded, "
            "(SELECT count(*) FROM status_update s WHERE s.import_batch_id = b.id) AS found "
            "FROM import_batch b WHERE b.state = 'committed' ORDER BY b.id"
        )
        status = batches[batches["kind"] == "status"]
        assert (status["found"] == status["recorded"]).all(), status.to_dict("records")
        orphans = db.scalar(
            "SELECT count(*) FROM status_update "
            "WHERE import_batch_id IS NOT NULL "
            "AND import_batch_id NOT IN (SELECT id FROM import_batch)"
        )
        assert orphans == 0
        assert db.sql(load_sql("dangling_references"), {"batch": None}).empty
        return dict(zip(status["id"].tolist(), status["found"].tolist(), strict=True))
    finally:
        db.close()


def run_kills(tmp_path: Path, template: Path, kills: int, name: str) -> None:
    db_path = tmp_path / "kill.duckdb"
    shutil.copyfile(template, db_path)
    db = Database.open(db_path)
    measures = db.sql(
        "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id "
        "WHERE g.plan_id = $p ORDER BY m.id",
        {"p": PLAN},
    )["id"].tolist()
    db.close()
    rng = random.Random(20261123)

    # One import to the end: it is accepted, and says how long a whole one takes.
    began = time.monotonic()
    process = start_import(db_path, status_file(tmp_path / "status-0.csv", measures, 0))
    assert process.wait(timeout=600) == 0, process.stderr.read().decode()
    whole_run = time.monotonic() - began
    batches = check_whole(db_path)
    assert list(batches.values())[-1] == ROWS

    outcomes = {"killed_before_commit": 0, "committed_before_kill": 0}
    for attempt in range(1, kills + 1):
        file = status_file(tmp_path / f"status-{attempt}.csv", measures, attempt)
        before = check_whole(db_path)
        process = start_import(db_path, file)
        time.sleep(rng.uniform(0.05, 1.1) * whole_run)  # a random moment of the import
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        after = check_whole(db_path)
        new = {b: n for b, n in after.items() if b not in before}
        assert set(before) <= set(after)  # no earlier batch lost
        assert len(new) <= 1 and all(n == ROWS for n in new.values())
        outcomes["committed_before_kill" if new else "killed_before_commit"] += 1

    report(
        name,
        {
            "kills": kills,
            "rows_per_import": ROWS,
            "seconds_per_whole_import": round(whole_run, 1),
            **outcomes,
            "batches_checked": len(check_whole(db_path)),
            "batches_not_whole": 0,
            "orphan_rows": 0,
        },
    )


def test_kill_9_during_imports_leaves_every_batch_whole_or_absent(tmp_path, demo_template):
    run_kills(tmp_path, demo_template, KILLS, "kill-import")


@pytest.mark.long
def test_kill_9_long_run(tmp_path, demo_template):
    run_kills(tmp_path, demo_template, LONG_KILLS, "kill-import-long")
