"""The demo plans, built from the real strategies in the seeds (see data/demo/).

Goals, measures, owners, channels and audiences come from the documents; the
status history and channel figures are generated (scripts/generate_demo_history.py)
and marked illustrative in the data, so the pages can say so.

The demo also records board meetings (data/demo/meetings.csv), each with its
frozen snapshot: the HO21 council's meetings 4, 5 and 6/2021 on their real dates
(seed 003), and a few illustrative board and management meetings in 2026 for the
other two plans. A plan may have its own reporting cadence (plan_cadences.csv).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd

from dashboard import meetings
from dashboard.db import Database, DatabaseError, load_sql
from dashboard.settings import DEMO_DIR

#: (table, file, INSERT … SELECT over the registered frame ``rows``), in load order.
_LOADS: tuple[tuple[str, str, str], ...] = (
    ("organisation", "organisations.csv",
     "INSERT INTO organisation (id, name, import_batch_id, source) "
     "SELECT organisation_id, name, $batch, source FROM rows"),
    ("plan", "plans.csv",
     "INSERT INTO plan (id, organisation_id, name, period_start, period_end, description, "
     "source_document, note, import_batch_id, source) "
     "SELECT plan_id, organisation_id, name, period_start::DATE, period_end::DATE, "
     "nullif(description, ''), nullif(source_document, ''), nullif(note, ''), $batch, source "
     "FROM rows"),
    ("owner", "owners.csv",
     "INSERT INTO owner (id, organisation_id, name, import_batch_id, source) "
     "SELECT owner_id, organisation_id, name, $batch, source FROM rows"),
    ("channel", "channels.csv",
     "INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source) "
     "SELECT channel_id, organisation_id, name, scope, $batch, source FROM rows"),
    ("audience", "audiences.csv",
     "INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source) "
     "SELECT audience_id, organisation_id, name, scope, $batch, source FROM rows"),
    ("goal", "goals.csv",
     "INSERT INTO goal (id, plan_id, title, description, sort_order, import_batch_id, source) "
     "SELECT goal_id, plan_id, title, nullif(description, ''), sort_order::INTEGER, $batch, "
     "source FROM rows"),
    ("goal_kpi", "goal_kpis.csv",
     "INSERT INTO goal_kpi (goal_id, channel_id, metric, target, period_start, period_end, "
     "import_batch_id, source) "
     "SELECT goal_id, channel_id, metric, target::DOUBLE, period_start::DATE, "
     "period_end::DATE, $batch, source FROM rows"),
    ("measure", "measures.csv",
     "INSERT INTO measure (id, goal_id, title, owner_id, start_date, due_date, weight, "
     "sort_order, import_batch_id, source) "
     "SELECT measure_id, goal_id, title, nullif(owner_id, ''), nullif(start, '')::DATE, "
     "nullif(due, '')::DATE, coalesce(nullif(weight, '')::DOUBLE, 1), line, $batch, source "
     "FROM rows"),
    ("measure_channel", "measures.csv",
     "INSERT INTO measure_channel (measure_id, channel_id) "
     "SELECT DISTINCT measure_id, trim(c) FROM rows, "
     "unnest(string_split(channels, '|')) AS t(c) WHERE trim(c) <> ''"),
    ("measure_audience", "measures.csv",
     "INSERT INTO measure_audience (measure_id, audience_id) "
     "SELECT DISTINCT measure_id, trim(a) FROM rows, "
     "unnest(string_split(audiences, '|')) AS t(a) WHERE trim(a) <> ''"),
    ("status_update", "status_updates.csv",
     "INSERT INTO status_update (measure_id, update_date, status, progress, comment, "
     "reported_by, illustrative, import_batch_id, source) "
     "SELECT measure_id, date::DATE, status, progress::DOUBLE, nullif(comment, ''), "
     "nullif(reported_by, ''), illustrative::BOOLEAN, $batch, source FROM rows"),
    ("channel_metric", "channel_metrics.csv",
     "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value, "
     "audience_id, goal_id, illustrative, import_batch_id, source) "
     "SELECT channel_id, period_start::DATE, period_end::DATE, metric, value::DOUBLE, "
     "nullif(audience_id, ''), nullif(goal_id, ''), illustrative::BOOLEAN, $batch, source "
     "FROM rows"),
)  # fmt: skip

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
        "SELECT id FROM import_batch WHERE kind = $kind AND state = 'committed' ORDER BY id",
        {"kind": DEMO_BATCH_KIND},
    )
    return rows["id"].tolist()


def demo_organisations_in_use(db: Database, directory: Path = DEMO_DIR) -> list[str]:
    """Ids of the demo's organisations that the database already has (from another load)."""
    wanted = read_csv(directory / "organisations.csv")["organisation_id"].tolist()
    found = db.sql(
        "SELECT id FROM organisation WHERE id IN (SELECT unnest($ids::VARCHAR[])) ORDER BY id",
        {"ids": wanted},
    )
    return found["id"].tolist()


def load_demo(db: Database, directory: Path = DEMO_DIR, *, created_by: str = "demo") -> int:
    """Load the demo plans in one transaction as one import batch; return the batch id."""
    if demo_batches(db):
        raise DatabaseError("The demo plans are already in this database.")
    frames = {name: read_csv(directory / name) for name in {f for _, f, _ in _LOADS}}
    with db.write() as cur:
        batch = cur.execute(
            "INSERT INTO import_batch (created_by, file_name, kind, source_format) "
            "VALUES ($by, $file, $kind, 'planpuls-demo') RETURNING id",
            {"by": created_by, "file": str(directory.name), "kind": DEMO_BATCH_KIND},
        ).fetchone()[0]
        added = 0
        for _table, file_name, statement in _LOADS:
            cur.register("rows", frames[file_name])
            try:
                cur.execute(statement, {"batch": batch} if "$batch" in statement else {})
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
                "UPDATE plan SET cadence_days = $d WHERE id = $p",
                {"d": int(row.cadence_days), "p": row.plan_id},
            )
        cur.execute(
            "UPDATE import_batch SET rows_added = $n WHERE id = $b", {"n": added, "b": batch}
        )
    try:
        record_demo_meetings(db, batch, directory, created_by=created_by)
    except Exception:
        from dashboard.ingest.batches import undo  # (ingest imports nothing of the demo)

        undo(db, batch, by=created_by)
        raise
    return batch


CADENCES_FILE = "plan_cadences.csv"
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
