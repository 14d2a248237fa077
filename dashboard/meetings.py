"""Board meetings and their frozen snapshots of the plan.

Recording a meeting stores the plan's state on the meeting's date as it is
computed at that moment (staleness included): one row per goal and one per
measure (see migrations/0004_meetings.sql). A meeting's report, its page in
presentation mode and "since meeting X" read only these rows, so what the board
saw stays what it saw, whatever is uploaded, changed or undone afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard import queries
from dashboard.db import Database, load_sql, one_row, run_script
from dashboard.labels import ATTENTION_STATUSES
from dashboard.refusal import Refused

#: The longest meeting name accepted.
MAX_NAME = 80
#: The columns of a snapshot, in the order of queries.measure_states.
SNAPSHOT_COLUMNS: tuple[str, ...] = (
    "measure_id", "title", "goal_id", "sort_order", "owner_id", "owner", "start_date",
    "due_date", "weight", "status", "reported_status", "progress", "last_update",
    "reported_by", "illustrative", "update_source", "last_comment", "last_comment_date",
    "channels", "audiences", "overdue", "waiting_for",
)  # fmt: skip


class MeetingRefused(Refused):
    """A meeting cannot be recorded or found; the message is ``meeting.error.<code>``."""

    prefix = "meeting.error."


@dataclass(frozen=True)
class Meeting:
    """A recorded meeting: its name, date and the cadence its snapshot used."""

    id: int
    plan_id: str
    name: str
    date: dt.date
    plan_name: str
    organisation: str
    cadence_days: int
    illustrative: bool
    recorded_at: dt.datetime
    recorded_by: str
    note: str | None = None


def _meeting(row: pd.Series) -> Meeting:
    return Meeting(
        id=int(row["id"]),
        plan_id=row["plan_id"],
        name=row["name"],
        date=pd.Timestamp(row["meeting_date"]).date(),
        plan_name=row["plan_name"],
        organisation=row["organisation"],
        cadence_days=int(row["cadence_days"]),
        illustrative=bool(row["illustrative"]),
        recorded_at=pd.Timestamp(row["recorded_at"]).to_pydatetime(),
        recorded_by=row["recorded_by"],
        note=None if pd.isna(row["note"]) else row["note"],
    )


def meetings(db: Database, plan_id: str) -> pd.DataFrame:
    """The plan's recorded meetings, oldest first."""
    return db.query("meetings", plan_id=plan_id)


def all_meetings(db: Database, plan_id: str) -> list[Meeting]:
    """The plan's recorded meetings as :class:`Meeting`, oldest first."""
    return [_meeting(row) for _, row in meetings(db, plan_id).iterrows()]


def find(db: Database, plan_id: str, name: str) -> Meeting:
    """The plan's meeting with this name (any case, spaces trimmed), or MeetingRefused."""
    wanted = " ".join(name.split()).casefold()
    for meeting in all_meetings(db, plan_id):
        if meeting.name.casefold() == wanted:
            return meeting
    known = ", ".join(m.name for m in all_meetings(db, plan_id))
    raise MeetingRefused("no_such_meeting", name=name, known=known or "–")


def get(db: Database, meeting_id: int) -> Meeting:
    """The meeting with this id, or MeetingRefused."""
    rows = db.sql(load_sql("meeting_plan"), {"id": meeting_id})
    if rows.empty:
        raise MeetingRefused("no_such_meeting", name=str(meeting_id), known="–")
    plan_meetings = meetings(db, rows["plan_id"].iloc[0])
    return _meeting(plan_meetings[plan_meetings["id"] == meeting_id].iloc[0])


def previous(db: Database, meeting: Meeting) -> Meeting | None:
    """The plan's meeting before this one (by date, then by when recorded), if any."""
    earlier = [m for m in all_meetings(db, meeting.plan_id) if m.id != meeting.id]
    earlier = [m for m in earlier if (m.date, m.id) < (meeting.date, meeting.id)]
    return earlier[-1] if earlier else None


def record(
    db: Database,
    plan_id: str,
    name: str,
    date: dt.date,
    *,
    by: str,
    today: dt.date,
    illustrative: bool = False,
    note: str | None = None,
    batch: int | None = None,
    source: str | None = None,
) -> Meeting:
    """Record a meeting and freeze the plan's state on its date; return the meeting.

    Refused (MeetingRefused, nothing written) for an unknown plan, an empty or too
    long name, a name the plan already has, or a date after ``today`` (a snapshot
    of a day that has not come yet would miss what is reported before it).
    """
    name = " ".join((name or "").split())
    if not name:
        raise MeetingRefused("name_missing")
    if len(name) > MAX_NAME:
        raise MeetingRefused("name_too_long", max=MAX_NAME)
    plans = queries.plans(db).set_index("id")
    if plan_id not in plans.index:
        raise MeetingRefused("no_such_plan", plan=plan_id)
    if date > today:
        raise MeetingRefused("future_date", date=date)
    plan = plans.loc[plan_id]
    cadence = queries.cadence_days(db, plan_id)
    filters = queries.Filters(plan_id, date, date)
    states = queries.measure_states(db, filters)
    goals = queries.goals(db, plan_id)
    with db.write() as cur:
        taken = cur.execute(
            load_sql("meeting_name_taken"),
            {"p": plan_id, "n": name},
        ).fetchone()
        if taken:
            raise MeetingRefused("name_taken", name=taken[0])
        meeting_id = one_row(
            cur,
            load_sql("meeting_insert"),
            {
                "plan_id": plan_id,
                "name": name,
                "meeting_date": date,
                "plan_name": plan["name"],
                "organisation": plan["organisation"],
                "cadence_days": cadence,
                "illustrative": illustrative,
                "note": note,
                "recorded_by": by,
                "batch": batch,
                "source": source,
            },
        )[0]
        goal_rows = goals.assign(meeting_id=meeting_id)
        cur.register("snapshot_goals", goal_rows)
        try:
            cur.execute(load_sql("meeting_goal_insert"))
        finally:
            cur.unregister("snapshot_goals")
        rows = _snapshot_rows(states, meeting_id)
        cur.register("snapshot_rows", rows)
        try:
            cur.execute(load_sql("meeting_snapshot_insert"))
        finally:
            cur.unregister("snapshot_rows")
    return get(db, meeting_id)


def _snapshot_rows(states: pd.DataFrame, meeting_id: int) -> pd.DataFrame:
    rows = states.rename(columns={"id": "measure_id"}).copy()
    rows["sort_order"] = range(len(rows))
    rows = rows[list(SNAPSHOT_COLUMNS)].copy()
    rows.insert(0, "meeting_id", meeting_id)
    for column in ("start_date", "due_date", "last_update", "last_comment_date"):
        rows[column] = pd.to_datetime(rows[column]).dt.date
    rows["overdue"] = rows["overdue"].astype(bool)
    rows["illustrative"] = rows["illustrative"].astype(bool)
    return rows


def remove(db: Database, meeting_id: int) -> None:
    """Remove a meeting and its snapshot (to record it again, say)."""
    with db.write() as cur:
        found = cur.execute(load_sql("meeting_plan"), {"id": meeting_id}).fetchone()
        if not found:
            raise MeetingRefused("no_such_meeting", name=str(meeting_id), known="–")
        run_script(cur, load_sql("meeting_delete"), {"id": meeting_id})


def snapshot_size(db: Database, meeting_id: int) -> int:
    """How many measures the meeting's snapshot holds."""
    return int(db.scalar(load_sql("meeting_measure_count"), {"meeting_id": meeting_id}))


def snapshot_goals(db: Database, meeting: Meeting) -> pd.DataFrame:
    """The plan's goals as they stood at the meeting (id, title, description, sort_order)."""
    return db.query("meeting_goals", meeting_id=meeting.id)


def snapshot_states(
    db: Database,
    meeting: Meeting,
    *,
    goal_id: str | None = None,
    owner_id: str | None = None,
) -> pd.DataFrame:
    """The frozen measure states of a meeting, shaped like queries.measure_states; with
    ``waiting_for`` as recorded, except in a meeting recorded before it was kept (0020)."""
    states = db.query("meeting_snapshot", meeting_id=meeting.id, goal_id=goal_id, owner_id=owner_id)
    if states["waiting_for"].isna().all():
        states = states.drop(columns="waiting_for")
    states["stale"] = states["status"] == "stale"
    states["attention"] = states["status"].isin(ATTENTION_STATUSES)
    states["overdue"] = states["overdue"].astype(bool)
    return states
