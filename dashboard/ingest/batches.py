"""Import batches: the history of uploads, and undoing one whole."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.db import Database, load_sql, one_row, run_script
from dashboard.refusal import Refused


class UndoRefused(Refused):
    """A batch cannot be undone; the message is ``undo.<code>``."""

    prefix = "undo."


#: Undoing a batch that added or changed more rows than this asks for its number typed.
LARGE_UNDO_ROWS = 300


def record(
    cur: duckdb.DuckDBPyConnection,
    *,
    by: str,
    file: str,
    kind: str,
    source_format: str | None,
    checksum: str | None = None,
    added: int = 0,
    changed: int = 0,
    unchanged: int = 0,
) -> int:
    """Record one batch (an upload, an edit, a plan, the demo …) on this write cursor and
    return its id: the id every row the write adds or changes carries, so undo finds them.
    ``file`` is what Importhistorikk names it (a file, a plan id, an edit's description)."""
    row = one_row(
        cur,
        load_sql("ingest_batch_insert"),
        {
            "by": by,
            "file": file,
            "checksum": checksum,
            "kind": kind,
            "format": source_format,
            "added": added,
            "changed": changed,
            "unchanged": unchanged,
        },
    )
    return int(row[0])


def plans_added(db: Database, batch_id: int) -> list[str]:
    """The names of the plans ``batch_id`` added: undoing it removes them whole."""
    return db.query("batch_plans", batch=batch_id)["name"].tolist()


def is_large(rows_added: int, rows_changed: int, plans: list[str]) -> bool:
    """Whether undoing a batch should ask for its number typed, not a tick: it holds a
    whole plan, or it added and changed more than :data:`LARGE_UNDO_ROWS` rows."""
    return bool(plans) or rows_added + rows_changed > LARGE_UNDO_ROWS


def data_version(db: Database) -> tuple[int, int, int]:
    """(batches, newest batch id, batches undone): changes whenever an upload lands or is
    undone, so what was read before an upload can be keyed on it."""
    count, newest, undone = db.query("import_batches_version").iloc[0]
    return int(count), int(newest), int(undone)


def any_batch(db: Database) -> bool:
    """Whether anything was ever written as a batch (an upload, the demo, a plan)."""
    return data_version(db)[0] > 0


def history(db: Database) -> pd.DataFrame:
    """Every import batch, newest first."""
    return db.query("import_batches")


def latest(db: Database, limit: int) -> pd.DataFrame:
    """The newest ``limit`` batches, with the number of all of them (column ``total``)."""
    return db.query("import_batches_latest", limit=limit)


def undo(db: Database, batch_id: int, *, by: str) -> None:
    """Undo a committed batch in one transaction, or refuse and change nothing (on either
    store: on PostgreSQL each named query runs as its variant, dashboard/sql/pg/)."""
    with db.write() as cur:
        row = cur.execute(load_sql("import_batch_state"), {"b": batch_id}).fetchone()
        if row is None:
            raise UndoRefused("no_such_batch", batch=batch_id)
        if row[0] != "committed":
            raise UndoRefused("already_undone", batch=batch_id)
        later = [b for (b,) in cur.execute(load_sql("ingest_undo_blockers"), {"batch": batch_id})
                 .fetchall()]  # fmt: skip
        if later:
            raise UndoRefused("undo_later_first", batch=batch_id, later=later)
        run_script(cur, load_sql("ingest_undo"), {"batch": batch_id, "by": by})
        dangling = cur.execute(load_sql("dangling_references"), {"batch": None}).fetchall()
        if dangling:
            # Later uploads refer to rows this batch added (status updates for its
            # measures, say): undoing it would leave them pointing nowhere.
            raise UndoRefused("still_referenced", batch=batch_id, rows=len(dangling),
                              example=f"{dangling[0][0]} {dangling[0][1]}")  # fmt: skip
