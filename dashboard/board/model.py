"""The board's data: a plan's state for the board (live or a meeting's snapshot) and the
baseline "since" compares with. Built by :mod:`dashboard.board.build`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from dashboard import queries
from dashboard.forecast import Forecast
from dashboard.i18n import Translator
from dashboard.meetings import Meeting

#: Forecast states a board is told about, worst first: "Vil trolig ikke nås", "Kan bli knapp".
LIKELY_TO_MISS: tuple[str, ...] = ("miss", "tight")


@dataclass(frozen=True)
class Baseline:
    """What "since" compares with: a meeting's snapshot, or the live state on a date."""

    date: dt.date
    meeting: Meeting | None = None

    def label(self, t: Translator) -> str:
        """``Møte 5/2021 (01.09.2021)``, or just the date."""
        if self.meeting is None:
            return t.date(self.date)
        return f"{self.meeting.name} ({t.date(self.date)})"

    def short(self, t: Translator) -> str:
        """The meeting's name, or the date."""
        return self.meeting.name if self.meeting else t.date(self.date)


@dataclass(frozen=True)
class Board:
    """A plan's state for the board: per measure, per goal, and what changed."""

    plan_id: str
    plan_name: str
    organisation: str
    description: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    as_of: dt.date
    meeting: Meeting | None  # set when this is a meeting's frozen snapshot
    baseline: Baseline | None
    cadence_days: int
    goals: pd.DataFrame  # id, title, description, sort_order
    states: pd.DataFrame  # one row per measure, as queries.measure_states
    before: pd.DataFrame | None  # the baseline's states
    summary: pd.DataFrame  # one row per goal, as queries.summarise_goals
    summary_before: pd.DataFrame | None
    changes: pd.DataFrame  # as compare()
    #: each goal's pace forecast at the plan's end (dashboard.forecast.goal_forecasts)
    forecasts: dict[str, Forecast] = field(default_factory=dict)

    @property
    def illustrative(self) -> bool:
        """True when any state shown comes from generated demo data."""
        meeting_flag = bool(self.meeting and self.meeting.illustrative)
        return meeting_flag or bool(self.states["illustrative"].fillna(False).any())

    def progress(self) -> float | None:
        """Weighted progress of the whole plan."""
        return queries.plan_progress(self.states)

    def progress_before(self) -> float | None:
        """Weighted progress of the whole plan at the baseline (None without one)."""
        return None if self.before is None else queries.plan_progress(self.before)

    def goal_states(self, goal_id: str) -> pd.DataFrame:
        """The measures of one goal."""
        return self._states_by_goal.get(goal_id, self.states.iloc[0:0])

    def goal_forecast(self, goal_id: str) -> Forecast | None:
        """The goal's pace forecast (None when the plan has no end date)."""
        return self.forecasts.get(goal_id)

    def likely_to_miss(self) -> list[tuple[int, str, str, Forecast]]:
        """Goals whose forecast says "likely to miss" or "could be tight", worst first, then
        in the plan's order: (number in the plan, goal id, title, forecast)."""
        found = [
            (number, goal_id, title, self.forecasts[goal_id])
            for number, (goal_id, title) in enumerate(
                zip(self.goals["id"], self.goals["title"], strict=True), start=1
            )
            if goal_id in self.forecasts and self.forecasts[goal_id].state in LIKELY_TO_MISS
        ]
        return sorted(found, key=lambda item: LIKELY_TO_MISS.index(item[3].state))

    def waiting(self) -> pd.DataFrame:
        """Open measures waiting (directly or along a chain) on a late measure, in the plan's
        order; ``waiting_for`` names what they wait for."""
        if "waiting_for" not in self.states:
            return self.states.iloc[0:0]
        return self.states[self.states["waiting_for"].fillna("").astype(str) != ""]

    def goal_changes(self, goal_id: str) -> pd.DataFrame:
        """What changed in one goal since the baseline."""
        return self._changes_by_goal.get(goal_id, self.changes.iloc[0:0])

    # Split once: a report asks for every goal's rows, and a boolean filter per goal
    # copies the whole frame (long comments included) each time.
    @cached_property
    def _states_by_goal(self) -> dict[str, pd.DataFrame]:
        return _by_goal(self.states)

    @cached_property
    def _changes_by_goal(self) -> dict[str, pd.DataFrame]:
        return _by_goal(self.changes)

    @cached_property
    def _progress_by_goal(self) -> dict[str, float]:
        return _goal_values(self.summary)

    @cached_property
    def _progress_before_by_goal(self) -> dict[str, float]:
        return {} if self.summary_before is None else _goal_values(self.summary_before)

    def goal_delta(self, goal_id: str) -> float | None:
        """Change of a goal's progress since the baseline, in percentage points."""
        if self.summary_before is None:
            return None
        now = self._progress_by_goal.get(goal_id)
        then = self._progress_before_by_goal.get(goal_id)
        if now is None or then is None:
            return None
        return now - then


def _by_goal(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    if frame.empty:
        return {}
    # (not dict(groupby): dict() takes the groupby's ``keys`` attribute for a mapping's)
    return {goal_id: rows for goal_id, rows in frame.groupby("goal_id", sort=False)}  # noqa: C416


def _goal_values(summary: pd.DataFrame) -> dict[str, float]:
    """Each goal's progress (goals without one left out; the first row of a goal counts)."""
    values: dict[str, float] = {}
    for goal_id, progress in zip(summary["goal_id"], summary["progress"], strict=True):
        if goal_id not in values and progress is not None and not pd.isna(progress):
            values[goal_id] = float(progress)
    return values
