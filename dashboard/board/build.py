"""Building a :class:`~dashboard.board.model.Board`: reading the database once, live on a
date or from a meeting's snapshot, with the baseline its changes are counted from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd

from dashboard import dependencies, forecast, outcomes, queries
from dashboard.board.compare import CHANGE_COLUMNS, compare
from dashboard.board.model import Baseline, Board
from dashboard.db import Database
from dashboard.meetings import Meeting, all_meetings, previous, snapshot_goals, snapshot_states

#: Reads the goals' pace forecasts: :func:`dashboard.forecast.goal_forecasts` (its
#: arguments), or a page's cached copy of it (the presentation reruns on every key press).
ForecastReader = Callable[..., dict[str, forecast.Forecast]]
#: Reads a plan's outcome targets: :func:`dashboard.queries.goal_kpis`, or a page's cached
#: copy of it (the targets' figures span the plan's years: a rerun need not read them).
KpiReader = Callable[[Database, queries.Filters], "pd.DataFrame"]


def _plan_row(db: Database, plan_id: str) -> pd.Series:
    plans = queries.plans(db).set_index("id")
    if plan_id not in plans.index:
        raise KeyError(plan_id)
    return plans.loc[plan_id]


def _date(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def meeting_on(db: Database, plan_id: str, date: dt.date) -> Meeting | None:
    """The plan's (last recorded) meeting held on ``date``, if any."""
    found = [m for m in all_meetings(db, plan_id) if m.date == date]
    return found[-1] if found else None


def latest_before(db: Database, plan_id: str, date: dt.date) -> Meeting | None:
    """The plan's last meeting strictly before ``date``, if any."""
    found = [m for m in all_meetings(db, plan_id) if m.date < date]
    return found[-1] if found else None


def last_meeting_baseline(db: Database, plan_id: str, as_of: dt.date) -> Baseline:
    """Since when owners should have reported: the last meeting before ``as_of``; without
    one, a cadence before it (Ansvarlige's "not reported since" and the e-mail reminders)."""
    last = latest_before(db, plan_id, as_of)
    if last is not None:
        return Baseline(last.date, last)
    return Baseline(as_of - dt.timedelta(days=queries.cadence_days(db, plan_id)))


def baseline_states(
    db: Database, plan_id: str, baseline: Baseline, goal_id: str | None = None
) -> pd.DataFrame:
    """The measure states a baseline stands for: its meeting's snapshot, or the live state."""
    if baseline.meeting is not None:
        return snapshot_states(db, baseline.meeting, goal_id=goal_id)
    filters = queries.Filters(plan_id, baseline.date, baseline.date, goal_id)
    return queries.measure_states(db, filters)


def baseline_for(
    db: Database, plan_id: str, since: dt.date | None, before: dt.date
) -> Baseline | None:
    """The baseline for "since": a meeting held on ``since`` (or, without a date, the
    last meeting before ``before``) uses its snapshot; any other date the live state.
    None when there is no date and no earlier meeting."""
    if since is not None:
        return Baseline(since, meeting_on(db, plan_id, since))
    last = latest_before(db, plan_id, before)
    return Baseline(last.date, last) if last else None


def _board(
    db: Database,
    plan_id: str,
    as_of: dt.date,
    meeting: Meeting | None,
    goals: pd.DataFrame,
    states: pd.DataFrame,
    baseline: Baseline | None,
    cadence: int,
    goal_id: str | None,
    read_forecasts: ForecastReader,
    read_kpis: KpiReader,
) -> Board:
    plan = _plan_row(db, plan_id)
    before = before_summary = None
    changes = pd.DataFrame(columns=list(CHANGE_COLUMNS))
    if baseline is not None:
        before = baseline_states(db, plan_id, baseline, goal_id)
        before_goals = snapshot_goals(db, baseline.meeting) if baseline.meeting else goals
        before_summary = queries.summarise_goals(before_goals, before, goal_id)
        changes = compare(before, states, baseline.date)
    return Board(
        plan_id=plan_id,
        plan_name=meeting.plan_name if meeting else plan["name"],
        organisation=meeting.organisation if meeting else plan["organisation"],
        description=None if pd.isna(plan["description"]) else plan["description"],
        period_start=_date(plan["period_start"]),
        period_end=_date(plan["period_end"]),
        as_of=as_of,
        meeting=meeting,
        baseline=baseline,
        cadence_days=cadence,
        goals=goals if goal_id is None else goals[goals["id"] == goal_id],
        states=states,
        before=before,
        # activity (the measures) with outcome (the targets) beside it, never blended
        summary=outcomes.with_outcomes(
            db,
            plan_id,
            as_of,
            queries.summarise_goals(goals, states, goal_id),
            read_kpis(db, outcomes.targets_filters(plan_id, as_of)),
        ),
        summary_before=before_summary,
        changes=changes,
        forecasts=(
            _meeting_forecasts(db, meeting, states, plan, read_forecasts)
            if meeting is not None
            else read_forecasts(db, queries.Filters(plan_id, as_of, as_of, goal_id))
        ),
    )


def _meeting_forecasts(
    db: Database,
    meeting: Meeting,
    states: pd.DataFrame,
    plan: pd.Series,
    read_forecasts: ForecastReader,
) -> dict[str, forecast.Forecast]:
    """Each goal's pace forecast as it stood when the meeting was recorded: the goal's
    progress series (sql/progress_series.sql) over the snapshot's measures and weights,
    from the updates recorded by then (a later upload, back-dated or not, leaves it as it
    was)."""
    if _date(plan["period_end"]) is None:
        return {}
    return read_forecasts(
        db,
        queries.Filters(meeting.plan_id, meeting.date, meeting.date),
        meeting_id=meeting.id,
        recorded_at=meeting.recorded_at,
        goal_ids=list(dict.fromkeys(states["goal_id"])),
    )


def _with_waiting(db: Database, meeting: Meeting, states: pd.DataFrame) -> pd.DataFrame:
    """A meeting's frozen states with ``waiting_for`` (as live states have it): as the
    snapshot recorded it; for a meeting recorded before snapshots kept it (migration
    0020), the dependencies as they stand, a measure late as the snapshot recorded it (as
    on the meeting's date for a measure the snapshot does not hold)."""
    if "waiting_for" in states:
        return states
    deps = dependencies.plan_dependencies(db, meeting.plan_id, meeting.date)
    frozen = dict(zip(states["id"], states["overdue"].astype(bool), strict=True))
    deps["late"] = [
        frozen.get(measure, late)
        for measure, late in zip(deps["depends_on"], deps["late"], strict=True)
    ]
    return dependencies.add_waiting(states, deps)


def for_meeting(
    db: Database,
    meeting: Meeting,
    *,
    since: dt.date | None = None,
    goal_id: str | None = None,
    read_forecasts: ForecastReader = forecast.goal_forecasts,
    read_kpis: KpiReader = queries.goal_kpis,
) -> Board:
    """A meeting's frozen board; "since" is the meeting before it (or the date given)."""
    if since is not None:
        baseline = baseline_for(db, meeting.plan_id, since, meeting.date)
    else:
        last = previous(db, meeting)
        baseline = Baseline(last.date, last) if last else None
    goals = snapshot_goals(db, meeting)
    states = _with_waiting(db, meeting, snapshot_states(db, meeting, goal_id=goal_id))
    return _board(
        db,
        meeting.plan_id,
        meeting.date,
        meeting,
        goals,
        states,
        baseline,
        meeting.cadence_days,
        goal_id,
        read_forecasts,
        read_kpis,
    )


def for_date(
    db: Database,
    plan_id: str,
    as_of: dt.date,
    *,
    since: dt.date | None = None,
    baseline: Baseline | None = None,
    goal_id: str | None = None,
    read_forecasts: ForecastReader = forecast.goal_forecasts,
    read_kpis: KpiReader = queries.goal_kpis,
) -> Board:
    """The live board on ``as_of``; "since" is ``baseline``, the meeting or date ``since``,
    or else the last meeting before ``as_of`` (none: no changes are shown)."""
    if baseline is None:
        baseline = baseline_for(db, plan_id, since, as_of)
    filters = queries.Filters(plan_id, as_of, as_of, goal_id)
    states = queries.measure_states(db, filters)
    goals = queries.goals(db, plan_id)
    cadence = queries.cadence_days(db, plan_id)
    return _board(
        db,
        plan_id,
        as_of,
        None,
        goals,
        states,
        baseline,
        cadence,
        goal_id,
        read_forecasts,
        read_kpis,
    )
