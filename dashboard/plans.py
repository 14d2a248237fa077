"""Plans an organisation makes itself: create, list, archive; and removing the demo.

Creating a plan (and its organisation, when new) is an import batch of kind
``plan``, so it is listed in Importhistorikk and can be undone like an upload.
Archiving keeps every row and only takes the plan out of the plan picker and the
readers' views (``plans.sql``); it can be brought back.

Removing the demo takes away exactly the demo plans and what hangs under them,
never another plan, also when an organisation owns plans of both kinds (see
``sql/demo_remove.sql``). Later batches that touched only demo rows are undone
with it; a batch that touched the demo and other plans alike stops the removal,
named in the refusal.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from dashboard.db import Database, load_sql, run_script
from dashboard.demo import DEMO_BATCH_KIND
from dashboard.ingest import batches
from dashboard.refusal import Refused

PLAN_BATCH_KIND = "plan"
#: A plan id: lowercase letters, digits and single dashes, as in a URL.
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID = 60
MAX_NAME = 200
MAX_CADENCE = 3660
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


class PlanRefused(Refused):
    """A plan cannot be created, archived or published, or the demo removed (``plans.<code>``)."""

    prefix = "plans."


@dataclass(frozen=True)
class NewPlan:
    """What a person fills in to create a plan."""

    id: str
    name: str
    organisation: str
    start: dt.date
    end: dt.date
    cadence_days: int | None = None  # None: the PLANPULS_CADENCE_DAYS setting
    parent_id: str | None = None
    description: str | None = None


def suggest_id(name: str, *, max_length: int = 40) -> str:
    """An id made from a name: 'Helse Midt-Norge 2026' -> 'helse-midt-norge-2026'."""
    folded = unicodedata.normalize("NFKD", (name or "").translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text):  # whole words, as many as fit
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > max_length:
            return slug or word[:max_length]
        slug = longer
    return slug


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def validate(plan: NewPlan) -> NewPlan:
    """The plan with its text tidied, or PlanRefused for the first thing wrong."""
    plan_id = (plan.id or "").strip()
    if not plan_id:
        raise PlanRefused("id_missing")
    if len(plan_id) > MAX_ID or not ID_PATTERN.fullmatch(plan_id):
        raise PlanRefused("bad_id", id=plan_id, max=MAX_ID)
    name = _clean(plan.name)
    if not name:
        raise PlanRefused("name_missing")
    if len(name) > MAX_NAME:
        raise PlanRefused("name_too_long", max=MAX_NAME)
    organisation = _clean(plan.organisation)
    if not organisation:
        raise PlanRefused("organisation_missing")
    if plan.start is None or plan.end is None:
        raise PlanRefused("period_missing")
    if plan.start > plan.end:
        raise PlanRefused("bad_period", start=plan.start, end=plan.end)
    cadence = plan.cadence_days
    if cadence is not None:
        whole = isinstance(cadence, int) or (isinstance(cadence, float) and cadence.is_integer())
        if isinstance(cadence, bool) or not whole or not 0 < cadence <= MAX_CADENCE:
            raise PlanRefused("bad_cadence", days=cadence, max=MAX_CADENCE)
        cadence = int(cadence)
    parent = (plan.parent_id or "").strip() or None
    if parent == plan_id:
        raise PlanRefused("parent_self", id=plan_id)
    description = (plan.description or "").strip() or None
    return NewPlan(plan_id, name, organisation, plan.start, plan.end, cadence, parent, description)


def _ancestors(cur, plan_id: str) -> list[str]:
    """The plan's parent, its parent's parent, … (stops at a loop, should one exist)."""
    chain: list[str] = []
    current = plan_id
    while True:
        row = cur.execute(load_sql("plan_parent"), {"id": current}).fetchone()
        if row is None or row[0] is None or row[0] in chain or row[0] == plan_id:
            return chain
        chain.append(row[0])
        current = row[0]


def _check_parent(cur, plan_id: str, parent_id: str | None) -> None:
    if parent_id is None:
        return
    row = cur.execute(load_sql("plan_archived_at"), {"id": parent_id}).fetchone()
    if row is None:
        raise PlanRefused("no_such_parent", parent=parent_id)
    if row[0] is not None:
        raise PlanRefused("parent_archived", parent=parent_id)
    if parent_id == plan_id or plan_id in _ancestors(cur, parent_id):
        raise PlanRefused("parent_cycle", id=plan_id, parent=parent_id)


def _organisation(cur, name: str, batch: int, source: str) -> tuple[str, bool]:
    """The id of the organisation named ``name`` (or with that id); created when new."""
    row = cur.execute(
        load_sql("organisation_find"),
        {"n": name},
    ).fetchone()
    if row is not None:
        return row[0], False
    base = suggest_id(name) or "org"
    org_id, n = base, 1
    while cur.execute(load_sql("organisation_exists"), {"id": org_id}).fetchone():
        n += 1
        org_id = f"{base}-{n}"
    cur.execute(
        load_sql("organisation_insert"),
        {"id": org_id, "name": name, "batch": batch, "source": source},
    )
    return org_id, True


def create_plan(db: Database, plan: NewPlan, *, by: str, via: str = "form") -> int:
    """Create the plan (and its organisation when new) as one batch; return the batch id."""
    plan = validate(plan)
    with db.write() as cur:
        if cur.execute(load_sql("plan_archived_at"), {"id": plan.id}).fetchone():
            raise PlanRefused("id_taken", id=plan.id)
        _check_parent(cur, plan.id, plan.parent_id)
        batch = batches.record(
            cur, by=by, file=plan.id, kind=PLAN_BATCH_KIND, source_format=f"planpuls-{via}"
        )
        source = f"{via}:{by}"
        org_id, org_created = _organisation(cur, plan.organisation, batch, source)
        cur.execute(
            load_sql("plan_insert"),
            {
                "id": plan.id,
                "org": org_id,
                "name": plan.name,
                "start": plan.start,
                "end": plan.end,
                "description": plan.description,
                "cadence": plan.cadence_days,
                "parent": plan.parent_id,
                "batch": batch,
                "source": source,
            },
        )
        cur.execute(
            load_sql("import_batch_rows_added"),
            {"n": 1 + int(org_created), "b": batch},
        )
    return batch


def set_parent(db: Database, plan_id: str, parent_id: str | None) -> None:
    """Put a plan under another (or under none); refused when that would make a loop."""
    with db.write() as cur:
        if not cur.execute(load_sql("plan_archived_at"), {"id": plan_id}).fetchone():
            raise PlanRefused("no_such_plan", id=plan_id)
        _check_parent(cur, plan_id, parent_id)
        cur.execute(
            load_sql("plan_set_parent"),
            {"parent": parent_id, "id": plan_id},
        )


def plan_ids(db: Database) -> list[str]:
    """Every plan's id, sorted; read as plain rows, so that a command line import need
    not load pandas (dashboard/deferred.py)."""
    with db.cursor() as cur:
        return [plan for (plan,) in cur.execute(load_sql("plan_ids")).fetchall()]


def list_plans(db: Database, *, include_archived: bool = True) -> pd.DataFrame:
    """Every plan (archived ones too, unless told not to) with its counts of goals and measures."""
    return db.query("plans", include_archived=include_archived)


def organisations(db: Database) -> list[str]:
    """The organisations' names, for a picker."""
    return db.sql(load_sql("organisation_names"))["name"].tolist()


def _set_archived(db: Database, plan_id: str, by: str | None, archive: bool) -> None:
    with db.write() as cur:
        row = cur.execute(load_sql("plan_archived_at"), {"id": plan_id}).fetchone()
        if row is None:
            raise PlanRefused("no_such_plan", id=plan_id)
        if archive and row[0] is not None:
            raise PlanRefused("already_archived", id=plan_id)
        if not archive and row[0] is None:
            raise PlanRefused("not_archived", id=plan_id)
        cur.execute(
            load_sql("plan_set_archived"),
            {"archive": archive, "by": by, "id": plan_id},
        )


def archive_plan(db: Database, plan_id: str, *, by: str) -> None:
    """Take a plan out of the picker and the readers' views; its rows stay."""
    _set_archived(db, plan_id, by, True)


def unarchive_plan(db: Database, plan_id: str) -> None:
    """Bring an archived plan back."""
    _set_archived(db, plan_id, None, False)


# Removing the demo ---------------------------------------------------------------


@dataclass(frozen=True)
class DemoRemoved:
    """What removing the demo did: the plans it removed, the later batches it undid."""

    plans: list[str]
    undone: list[int]


def demo_plans(db: Database) -> pd.DataFrame:
    """The demo plans still in the database (id, name)."""
    return db.sql(
        load_sql("demo_plans"),
        {"kind": DEMO_BATCH_KIND},
    )


def remove_demo(db: Database, *, by: str) -> DemoRemoved:
    """Remove the demo plans and everything under them in one transaction; other plans stay.

    Later batches that touched only demo rows (a status upload to a demo plan, say)
    are undone first, newest first. Refused, with nothing changed, when there is no
    demo, when another plan sits under a demo plan, or when a later batch touched
    both demo rows and other rows (it is named: undo it, or correct it, first).
    """
    with db.write() as cur:
        plans = [
            r[0]
            for r in cur.execute(
                load_sql("demo_plans"),
                {"kind": DEMO_BATCH_KIND},
            ).fetchall()
        ]
        if not plans:
            raise PlanRefused("no_demo")
        children = cur.execute(
            load_sql("plan_children_outside"),
            {"plans": plans},
        ).fetchall()
        if children:
            raise PlanRefused("demo_has_children", plans=", ".join(r[0] for r in children))
        scope = cur.execute(load_sql("demo_scope")).df()
        mixed = scope[(scope["demo_rows"] > 0) & (scope["other_rows"] > 0)]
        if not mixed.empty:
            raise PlanRefused("demo_mixed_batches", batches=", ".join(map(str, mixed["batch_id"])))
        demo_only = sorted(scope.loc[scope["demo_rows"] > 0, "batch_id"].astype(int), reverse=True)
        for batch in demo_only:
            run_script(cur, load_sql("ingest_undo"), {"batch": batch, "by": by})
        run_script(cur, load_sql("demo_remove"), {"by": by})
        dangling = cur.execute(load_sql("dangling_references"), {"batch": None}).fetchall()
        if dangling:
            table, row_id, target = dangling[0]
            raise PlanRefused(
                "demo_dangling", rows=len(dangling), example=f"{table} {row_id} -> {target}"
            )
    return DemoRemoved(plans=plans, undone=demo_only)


def setup_progress(db: Database) -> dict[str, int]:
    """How far setting up has come: plans in use, their goals and measures, other accounts."""
    row = db.query("setup_progress").iloc[0]
    return {key: int(row[key]) for key in ("plans", "goals", "measures", "users")}
