"""The demo plans, built from the real strategies in the seeds (see data/demo/).

Goals, measures, owners, channels and audiences come from the documents; the
status history and channel figures are generated (scripts/generate_demo_history.py)
and marked illustrative in the data, so the pages can say so.

The demo also records board meetings (data/demo/meetings.csv), each with its
frozen snapshot: the HO21 council's meetings 4, 5 and 6/2021 on their real dates
(seed 003), and a few illustrative board and management meetings in 2026 for the
other plans. A plan may have its own reporting cadence (plan_cadences.csv).
Helse Midt-Norge's regional plan has its programmes' half-yearly plans beneath it
(plan_parents.csv), whose goals name the regional goal they serve (goal_parents.csv).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd

from dashboard import meetings
from dashboard.db import Database, DatabaseError, load_sql, run_script
from dashboard.ingest import batches
from dashboard.settings import DEMO_DIR

#: (table, file) in load order; each loads with dashboard/sql/demo_load_<table>.sql, an
#: INSERT … SELECT over the registered frame ``rows`` (and the batch id ``$batch``).
_LOADS: tuple[tuple[str, str], ...] = (
    ("organisation", "organisations.csv"),
    ("plan", "plans.csv"),
    ("owner", "owners.csv"),
    ("channel", "channels.csv"),
    ("channel_richness", "channel_richness.csv"),  # an UPDATE of the channels (0014)
    ("audience", "audiences.csv"),
    ("goal", "goals.csv"),
    ("goal_kpi", "goal_kpis.csv"),
    ("measure", "measures.csv"),
    ("measure_channel", "measures.csv"),
    ("measure_audience", "measures.csv"),
    ("measure_dependency", "measure_dependencies.csv"),
    ("status_update", "status_updates.csv"),
    ("channel_metric", "channel_metrics.csv"),
    ("survey_result", "survey_results.csv"),  # channel figures with a sample size
)

#: Loads that set columns of rows an earlier load added (they add no rows).
_UPDATES = frozenset({"channel_richness"})

DEMO_BATCH_KIND = "demo"


def read_csv(path: Path) -> pd.DataFrame:
    """A committed demo CSV as text columns, with ``line`` and ``source`` (file:line)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        records = []
        for record in reader:
            record = {key: (value or "").strip() for key, value in record.items()}
            record["line"] = reader.line_num
            record["source"] = f"{path.name}:{reader.line_num}"
            records.append(record)
        columns = [*(reader.fieldnames or []), "line", "source"]
    frame = pd.DataFrame(records, columns=columns)
    for column in columns:
        if column != "line":
            frame[column] = frame[column].astype(object)
    return frame


def demo_batches(db: Database) -> list[int]:
    """Ids of the committed batches that loaded the demo."""
    rows = db.sql(
        load_sql("demo_batches"),
        {"kind": DEMO_BATCH_KIND},
    )
    return rows["id"].tolist()


def demo_organisations_in_use(db: Database, directory: Path = DEMO_DIR) -> list[str]:
    """Ids of the demo's organisations that the database already has (from another load)."""
    wanted = read_csv(directory / "organisations.csv")["organisation_id"].tolist()
    found = db.sql(
        load_sql("organisations_existing"),
        {"ids": wanted},
    )
    return found["id"].tolist()


def load_demo(db: Database, directory: Path = DEMO_DIR, *, created_by: str = "demo") -> int:
    """Load the demo plans in one transaction as one import batch; return the batch id."""
    if demo_batches(db):
        raise DatabaseError("The demo plans are already in this database.")
    frames = {name: read_csv(directory / name) for name in {f for _, f in _LOADS}}
    with db.write() as cur:
        batch = batches.record(
            cur,
            by=created_by,
            file=str(directory.name),
            kind=DEMO_BATCH_KIND,
            source_format="planpuls-demo",
        )
        added = 0
        for table, file_name in _LOADS:
            cur.register("rows", frames[file_name])
            try:
                run_script(cur, load_sql(f"demo_load_{table}"), {"batch": batch})
                if table not in _UPDATES:
                    added += len(frames[file_name])
            finally:
                cur.unregister("rows")
        problems = cur.execute(load_sql("dangling_references"), {"batch": None}).fetchall()
        if problems:
            details = "; ".join(
                f"{table} {row_id} -> {target}" for table, row_id, target in problems
            )
            raise DatabaseError(f"The demo data refers to rows that do not exist: {details}")
        cadences = read_csv(directory / CADENCES_FILE)
        for row in cadences.itertuples():
            cur.execute(
                load_sql("plan_set_cadence"),
                {"d": int(row.cadence_days), "p": row.plan_id},
            )
        # programmes: a child plan under its strategy, a child goal under the goal it serves
        for row in read_csv(directory / PLAN_PARENTS_FILE).itertuples():
            cur.execute(load_sql("plan_set_parent"), {"parent": row.parent_id, "id": row.plan_id})
        for row in read_csv(directory / GOAL_PARENTS_FILE).itertuples():
            cur.execute(
                load_sql("goal_set_parent"), {"parent": row.parent_goal_id, "id": row.goal_id}
            )
        cur.execute(load_sql("import_batch_rows_added"), {"n": added, "b": batch})
    try:
        record_demo_meetings(db, batch, directory, created_by=created_by)
    except Exception:
        batches.undo(db, batch, by=created_by)
        raise
    return batch


CADENCES_FILE = "plan_cadences.csv"
PLAN_PARENTS_FILE = "plan_parents.csv"
GOAL_PARENTS_FILE = "goal_parents.csv"
MEETINGS_FILE = "meetings.csv"


def record_demo_meetings(
    db: Database, batch: int, directory: Path = DEMO_DIR, *, created_by: str = "demo"
) -> int:
    """Record the demo's meetings (with their snapshots) as part of demo batch ``batch``."""
    rows = read_csv(directory / MEETINGS_FILE)
    for row in rows.itertuples():
        meetings.record(
            db,
            row.plan_id,
            row.name,
            dt.date.fromisoformat(row.date),
            by=created_by,
            today=dt.date.max,  # the demo's dates are fixed, whatever "today" is set to
            illustrative=row.illustrative == "true",
            note=row.note or None,
            batch=batch,
            source=row.source,
        )
    return len(rows)
