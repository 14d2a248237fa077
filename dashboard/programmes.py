"""Programmes and "den røde tråden" (issue 14): a parent plan (a regional strategy)
rolls up its child plans (programme and half-yearly communication plans), and a child
plan's goal names the parent goal it serves, so a board can follow one thread from
the strategy's goal down to this half-year's measures.

The roll-up rule, shown on screen as ``programmes.rule``: a child plan's activity
progress is the weighted mean of its measures' progress (as a goal's: done counts
100 %, cancelled not at all); the programme total pools every measure of every child
plan with its own weight, so a plan with more (or heavier) measures counts more. Each
child is read on its own status date: the parent's, or the child's last day when
the child has ended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard import metrics
from dashboard.db import Database, load_sql
from dashboard.i18n import Translator
from dashboard.labels import (
    CLOSED_STATUSES,
    COMPLETE_STATUSES,
    INITIAL_STATUS,
    UNCOUNTED_STATUSES,
)


def _status_params() -> dict[str, object]:
    return {
        "initial_status": INITIAL_STATUS,
        "uncounted": sorted(UNCOUNTED_STATUSES),
        "complete": sorted(COMPLETE_STATUSES),
        "closed": sorted(CLOSED_STATUSES),
    }


def _query(db: Database, name: str, **params: object) -> pd.DataFrame:
    """Run a programme query on a cursor that holds the macro the two share
    (sql/programme_macros.sql)."""
    with db.cursor() as cur:
        cur.execute(load_sql("programme_macros"))
        return cur.execute(load_sql(name), params).df()


def rollup(db: Database, plan_id: str, as_of: dt.date) -> pd.DataFrame:
    """The plan's child plans, one row each: measures, overdue, done and activity progress.

    Empty when the plan has no (unarchived) child plans. ``progress`` is None for a
    child with nothing that counts.
    """
    frame = _query(db, "programme_rollup", plan_id=plan_id, as_of=as_of, **_status_params())
    frame["progress"] = [
        w_sum / w if w > 0 else None
        for w_sum, w in zip(frame["weighted"], frame["weight"], strict=True)
    ]
    return frame


@dataclass(frozen=True)
class Total:
    """The programme's roll-up over all its child plans."""

    plans: int
    measures: int
    overdue: int
    done: int
    progress: float | None  # pooled: every measure with its own weight


def total(children: pd.DataFrame) -> Total:
    """Pool the child plans' sums (see the module docstring for the rule)."""
    weight = float(children["weight"].sum()) if not children.empty else 0.0
    weighted = float(children["weighted"].sum()) if not children.empty else 0.0
    return Total(
        plans=len(children),
        measures=int(children["measures"].sum()),
        overdue=int(children["overdue"].sum()),
        done=int(children["done"].sum()),
        progress=weighted / weight if weight > 0 else None,
    )


def thread(db: Database, plan_id: str, as_of: dt.date) -> pd.DataFrame:
    """Each goal of the plan with the child plans' goals serving it and their measures."""
    params = _status_params()
    return _query(
        db,
        "programme_thread",
        plan_id=plan_id,
        as_of=as_of,
        initial_status=params["initial_status"],
        closed=params["closed"],
    )


def thread_goals(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per child goal on the thread: its parent goal, plan, measures and progress."""
    served = rows[rows["goal_id"].notna()]
    columns = ["parent_goal_id", "plan_id", "plan_name", "goal_id", "goal"]
    out = []
    for key, group in served.groupby(columns, sort=False, dropna=False):
        measures = group[group["measure_id"].notna()]
        progress = thread_progress(measures)
        out.append((*key, len(measures), int(measures["overdue"].sum()), progress))
    return pd.DataFrame(out, columns=[*columns, "measures", "overdue", "progress"])


def parent_goal(db: Database, goal_id: str) -> dict[str, str] | None:
    """The parent plan's goal that ``goal_id`` serves (id, title, plan), or None."""
    frame = db.query("goal_parent", goal_id=goal_id)
    if frame.empty:
        return None
    row = frame.iloc[0]
    return {k: str(row[k]) for k in ("id", "title", "plan_id", "plan_name")}


def has_children(db: Database, plan_id: str) -> bool:
    """Whether the plan has child plans that are not archived."""
    return bool(db.scalar(load_sql("plan_child_count"), {"plan_id": plan_id}))


def thread_progress(measures: pd.DataFrame) -> float | None:
    """Activity progress of thread rows' measures (the goal rule, weighted)."""
    return metrics.weighted_progress(
        zip(measures["status"], measures["progress"], measures["weight"], strict=True)
    )


def rollup_table(children: pd.DataFrame, overall: Total, t: Translator) -> pd.DataFrame:
    """The roll-up as people read it: one row per child plan, then the overall row."""
    rows = [
        (
            name,
            t.percent(progress),
            t.number(measures),
            t.number(overdue),
            t.number(done),
            f"{t.date(start)}–{t.date(end)}",
            t.date(status_date),
        )
        for name, start, end, status_date, measures, progress, overdue, done in children[
            ["name", "period_start", "period_end", "status_date", "measures", "progress",
             "overdue", "done"]
        ].itertuples(index=False)
    ]  # fmt: skip
    rows.append(
        (
            t("programmes.overall"),
            t.percent(overall.progress),
            t.number(overall.measures),
            t.number(overall.overdue),
            t.number(overall.done),
            "",
            "",
        )
    )
    # progress second: a phone shows it beside the plan's name without a sideways swipe
    columns = [
        t("programmes.col.plan"),
        t("col.progress"),
        t("col.measures"),
        t("col.overdue"),
        t("col.done"),
        t("col.period"),
        t("programmes.col.status_date"),
    ]
    return pd.DataFrame(rows, columns=columns)


def thread_lines(measures: pd.DataFrame, t: Translator) -> list[tuple[str, str, str]]:
    """A thread's measures as (status, title, facts) to read on any width: the status as
    its id, the facts as one line (progress, due date, overdue)."""
    out = []
    for row in measures.itertuples(index=False):
        due = t("phone.due", date=t.date(row.due_date)) if not pd.isna(row.due_date) else ""
        facts = [t("phone.progress", value=t.percent(row.progress)), due]
        if row.overdue:
            facts.append(t("programmes.overdue_mark"))
        out.append((str(row.status), str(row.measure), " · ".join(f for f in facts if f)))
    return out
