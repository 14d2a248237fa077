"""Publishing a plan: whether its public status page (/status/{plan}) answers, since when.

An admin publishes a plan and unpublishes it (Kom i gang, or ``plans publish ID`` /
``plans unpublish ID``). Each change is an import batch of kind ``publish`` or
``unpublish`` holding one row of ``plan_publication`` (migration 0012), so it is
listed in Importhistorikk with who made it and undone like an upload: undoing it
deletes its row and the change before it is in force again.

What the public page shows, and never shows, is decided in dashboard/status_page.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard.db import Database, load_sql
from dashboard.ingest import batches
from dashboard.plans import PlanRefused

PUBLISH_KIND = "publish"
UNPUBLISH_KIND = "unpublish"
#: The public page's path under the server's base path.
STATUS_PATH = "/status"


@dataclass(frozen=True)
class Publication:
    """A plan's publication as it stands: published or not, since when, by whom, which batch."""

    plan_id: str
    published: bool
    changed_at: dt.datetime | None = None
    changed_by: str | None = None
    batch_id: int | None = None


def status(db: Database, plan_id: str) -> Publication:
    """The plan's publication (a plan never published: not published, no date)."""
    rows = db.query("plan_publication", plan_id=plan_id)
    if rows.empty:
        return Publication(plan_id, False)
    row = rows.iloc[0]
    return Publication(
        plan_id,
        bool(row["published"]),
        pd.Timestamp(row["changed_at"]).to_pydatetime(),
        str(row["changed_by"]),
        int(row["batch_id"]),
    )


def public_plans(db: Database) -> pd.DataFrame:
    """The plans anyone may read: published and not archived (id, name, organisation, …)."""
    return db.query("public_plans", plan_id=None)


def public_plan(db: Database, plan_id: str) -> pd.Series | None:
    """The plan if anyone may read it now, else None (unknown, unpublished or archived)."""
    rows = db.query("public_plans", plan_id=plan_id)
    return None if rows.empty else rows.iloc[0]


def status_url(base: str, plan_id: str) -> str:
    """The public page's address: ``base`` (``https://host[/base-path]``, or '') + path."""
    return f"{base.rstrip('/')}{STATUS_PATH}/{plan_id}"


def _change(db: Database, plan_id: str, publish: bool, by: str, via: str) -> int:
    kind = PUBLISH_KIND if publish else UNPUBLISH_KIND
    with db.write() as cur:
        plan = cur.execute(load_sql("plan_archived_at"), {"id": plan_id}).fetchone()
        if plan is None:
            raise PlanRefused("no_such_plan", id=plan_id)
        current = cur.execute(load_sql("plan_publication"), {"plan_id": plan_id}).df()
        is_published = bool(not current.empty and current["published"].iloc[0])
        if publish and is_published:
            raise PlanRefused("already_published", id=plan_id)
        if not publish and not is_published:
            raise PlanRefused("not_published", id=plan_id)
        if publish and plan[0] is not None:
            raise PlanRefused("publish_archived", id=plan_id)
        batch = batches.record(
            cur, by=by, file=plan_id, kind=kind, source_format=f"planpuls-{via}", added=1
        )
        cur.execute(
            load_sql("plan_publication_insert"),
            {
                "plan": plan_id,
                "published": publish,
                "by": by,
                "batch": batch,
                "source": f"{via}:{by}",
            },
        )
    return batch


def publish(db: Database, plan_id: str, *, by: str, via: str = "form") -> int:
    """Publish the plan's status page as one batch; return the batch id.

    Refused (PlanRefused) for an unknown, archived or already published plan.
    """
    return _change(db, plan_id, True, by, via)


def unpublish(db: Database, plan_id: str, *, by: str, via: str = "form") -> int:
    """Take the plan's status page down as one batch; return the batch id."""
    return _change(db, plan_id, False, by, via)
