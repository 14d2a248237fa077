"""Pace forecasts: where a goal's progress (or a target's figure) will be at its end date.

The method, its limits and a worked example are in docs/forecast.md. In short:

* A series is a **step function**: a value holds from the date it was reported until
  the next report (as the progress chart draws it). It is read once per day.
* The **window** is the last :data:`WINDOW_DAYS` days up to the status date (a quarter:
  recent enough to be today's pace, long enough to hold several reporting rounds), not
  before the series begins; when fewer than :data:`MIN_POINTS` reports fall in it, it
  reaches back to the :data:`MIN_POINTS`-th latest report, so a plan that reports
  quarterly still gets a forecast and the sentence names the longer window.
* The **pace** is the least-squares slope of the daily values in the window; the
  projection is today's value plus that pace times the days left, clamped to the scale
  (0–100 % for progress).
* The **range** comes from the paces of the window's two halves: the projection at the
  slowest and at the fastest of the three paces (whole window, first half, second half).
  A pace that has changed inside the window widens it; a steady one keeps it narrow.
* **Too little data**: fewer than :data:`MIN_POINTS` report dates in all, or a window
  shorter than :data:`MIN_DAYS` days.

No Streamlit here: the pages, the tests and the docs' example call the same functions.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from dashboard import formats, queries
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.labels import STOCK_METRICS, metric_word
from dashboard.queries import Filters

#: The recent window the pace is read from, in days (a quarter).
WINDOW_DAYS = 90
#: At least this many report dates, in all and in the window (reaching back if need be).
MIN_POINTS = 3
#: The window must span at least this many days.
MIN_DAYS = 30
#: Days in an average month, to say the pace per month.
DAYS_PER_MONTH = 365.25 / 12

#: The states a forecast can have, in the order a board reads them (worst first).
STATES: tuple[str, ...] = ("miss", "tight", "ended", "too_little", "on_track", "reached")


@dataclass(frozen=True)
class Forecast:
    """Where a series will be at ``end`` if it keeps the pace of its recent window."""

    state: str
    current: float | None
    target: float
    direction: str
    as_of: dt.date
    end: dt.date
    window_start: dt.date | None = None
    points: int = 0
    slope: float | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        if self.state not in STATES:
            raise ValueError(f"unknown forecast state {self.state!r}")

    @property
    def window_days(self) -> int:
        """How many days the window spans (0 without a window)."""
        return (self.as_of - self.window_start).days if self.window_start else 0

    @property
    def per_month(self) -> float | None:
        """The pace per average month."""
        return None if self.slope is None else self.slope * DAYS_PER_MONTH

    @property
    def flagged(self) -> bool:
        """True when the goal will likely be missed and there is still time to act."""
        return self.state == "miss"

    @property
    def projected(self) -> bool:
        """True when the forecast holds a projection (value and range)."""
        return self.value is not None


def daily_values(
    observations: Sequence[tuple[dt.date, float]], start: dt.date, end: dt.date
) -> np.ndarray:
    """The step function's value on each day from ``start`` to ``end`` (both included).

    A value holds from its date until the next observation's (the last of a day counts);
    days before the first observation are NaN.
    """
    days = np.arange(np.datetime64(start, "D"), np.datetime64(end, "D") + 1)
    if not observations:
        return np.full(len(days), np.nan)
    dates = np.array([np.datetime64(d, "D") for d, _ in observations])
    values = np.array([v for _, v in observations], dtype=float)
    order = np.argsort(dates, kind="stable")
    dates, values = dates[order], values[order]
    at = np.searchsorted(dates, days, side="right") - 1
    return np.where(at >= 0, values[np.maximum(at, 0)], np.nan)


def slope(values: np.ndarray) -> float | None:
    """Least-squares slope per day of values read once a day (None for fewer than two)."""
    values = values[~np.isnan(values)]
    if len(values) < 2:
        return None
    days = np.arange(len(values), dtype=float)
    centred = days - days.mean()
    return float((centred * (values - values.mean())).sum() / (centred**2).sum())


def _day(value: object) -> dt.date:
    if type(value) is dt.date:  # already a day (not a datetime or Timestamp, its subclasses)
        return value
    return pd.Timestamp(value).date()


def _clamp(value: float, bounds: tuple[float | None, float | None]) -> float:
    low, high = bounds
    if low is not None:
        value = max(low, value)
    if high is not None:
        value = min(high, value)
    return value


def _met(value: float, target: float, direction: str) -> bool:
    """Met as a reader sees it: on the whole figure shown (99.6 % shows and counts as 100 %)."""
    shown, goal = formats.rounded(value), formats.rounded(target)
    return shown <= goal if direction == "down" else shown >= goal


def window_start(
    reports: Sequence[dt.date],
    first: dt.date,
    as_of: dt.date,
    *,
    window_days: int = WINDOW_DAYS,
    min_points: int = MIN_POINTS,
) -> dt.date:
    """The window's first day: ``window_days`` back, not before ``first``, reaching back
    to the ``min_points``-th latest report when fewer fall inside (to ``first`` when there
    are fewer reports than that in all: then the whole history is too little)."""
    start = max(as_of - dt.timedelta(days=window_days), first)
    inside = [d for d in reports if start <= d <= as_of]
    if len(inside) < min_points:
        earlier = sorted(reports)[-min_points] if len(reports) >= min_points else first
        start = min(start, earlier)
    return start


def project(
    observations: Iterable[tuple[dt.date, float]],
    *,
    as_of: dt.date,
    end: dt.date,
    target: float = 100.0,
    direction: str = "up",
    bounds: tuple[float | None, float | None] = (0.0, 100.0),
    reports: Iterable[dt.date] | None = None,
    earlier_reports: int = 0,
    accumulates: bool = False,
    window_days: int = WINDOW_DAYS,
    min_points: int = MIN_POINTS,
    min_days: int = MIN_DAYS,
) -> Forecast:
    """Forecast a series (``(date, value)`` steps up to ``as_of``) at ``end``.

    ``reports`` are the dates someone reported (the observations' dates if not given);
    ``accumulates`` is true for a running total (a flow's sum), which can only grow, so
    a "down" target is not reached before its period ends.

    A long series may be given from shortly before its window on (sql/progress_series.sql
    with a window), with ``earlier_reports`` the count of report dates left out before
    it: the forecast is the same as long as the first observation, the ``min_points``
    latest reports, every report and observation from ``window_days`` before ``as_of`` on
    and the last observation before those are given.
    """
    observed = sorted(
        (_day(d), float(v)) for d, v in observations if not formats.missing(v) and _day(d) <= as_of
    )
    dates = (o[0] for o in observed) if reports is None else reports
    report_dates = sorted({day for day in map(_day, dates) if day <= as_of})
    base = Forecast(
        state="too_little", current=None, target=target, direction=direction, as_of=as_of, end=end
    )
    if not observed:
        return base
    current = observed[-1][1]
    reported = earlier_reports + len(report_dates)
    base = replace(base, current=current, points=reported)
    met = _met(current, target, direction)
    if as_of >= end:
        return replace(base, state="reached" if met else "ended")
    if met and not (accumulates and direction == "down"):
        return replace(base, state="reached")
    start = window_start(
        report_dates, observed[0][0], as_of, window_days=window_days, min_points=min_points
    )
    points = sum(1 for d in report_dates if start <= d <= as_of)
    base = replace(base, window_start=start, points=points)
    if reported < min_points or (as_of - start).days < min_days:
        return base
    # From the last observation on or before the window's first day: the days of the
    # window read no earlier one (observed is sorted by day), and the history can be long.
    first = bisect.bisect_right(observed, start, key=lambda o: o[0]) - 1
    values = daily_values(observed[max(first, 0) :], start, as_of)
    half = len(values) // 2
    whole = slope(values)
    if whole is None:
        return base
    paces = [p for p in (whole, slope(values[:half]), slope(values[half:])) if p is not None]
    left = (end - as_of).days

    def at_end(pace: float) -> float:
        return _clamp(current + pace * left, bounds)

    value, low, high = at_end(whole), at_end(min(paces)), at_end(max(paces))
    if direction == "down":
        sure, unsure = _met(high, target, direction), _met(low, target, direction)
    else:
        sure, unsure = _met(low, target, direction), _met(high, target, direction)
    state = "on_track" if sure else "tight" if unsure else "miss"
    return replace(base, state=state, slope=whole, value=value, low=low, high=high)


def projection_line(forecast: Forecast) -> pd.DataFrame:
    """Two rows (today, end) with the projection and its range, for a chart."""
    if not forecast.projected:
        return pd.DataFrame(columns=["date", "value", "low", "high"])
    return pd.DataFrame(
        {
            "date": [forecast.as_of, forecast.end],
            "value": [forecast.current, forecast.value],
            "low": [forecast.current, forecast.low],
            "high": [forecast.current, forecast.high],
        }
    )


#: Metrics whose figure is a level, not a flow: their latest figure is the actual, not a
#: sum. The stocks (followers, subscribers), and the survey outcomes issue 14 names
#: (awareness, trust, positive coverage as a share, satisfaction as a score).
LEVEL_METRICS = STOCK_METRICS  # labels: the stocks and the survey outcomes (MOMENT_METRICS)


# --- Reading the series from the database -------------------------------------------------


def _plan_period(db: Database, plan_id: str) -> tuple[dt.date | None, dt.date | None]:
    plan = queries.plans(db).set_index("id").loc[plan_id]
    start, end = plan["period_start"], plan["period_end"]
    return (
        None if formats.missing(start) else _day(start),
        None if formats.missing(end) else _day(end),
    )


#: One goal's series as the forecast reads it: observations (date, progress), report
#: dates, and how many report dates before those were left out.
_Series = tuple[list[tuple[dt.date, float]], list[dt.date], int]


def _goal_series(
    db: Database,
    filters: Filters,
    read: tuple[dt.date, int | None, dt.datetime | None],
    window_days: int | None,
) -> tuple[dict[str, _Series], list[str]]:
    """Each goal's series (sql/progress_series.sql per goal): only what a forecast reads
    with ``window_days`` (every date with None); ``read`` is (first day, meeting id,
    recorded by), as :func:`goal_forecasts` reads them. And the goals to read whole:
    those whose series, from the last date before the window, has no progress on that
    date (none of its measures counted then), where the forecast holds the last
    progress before it, which was left out."""
    start, meeting_id, recorded_at = read
    series = queries.progress_series(
        db,
        filters,
        per_goal=True,
        start=start,
        meeting_id=meeting_id,
        recorded_at=recorded_at,
        window_days=window_days,
        min_points=MIN_POINTS,
    )
    # The days converted once for all goals, and each goal's rows found in one grouping
    # (not a Timestamp per row and a scan of the whole series per goal).
    days = pd.to_datetime(series["date"]).dt.date.tolist()
    progress = series["progress"].tolist()
    reported = series["reported"].tolist()
    in_all = series["reports"].tolist()
    out, whole = {}, []
    for goal_id, mine in series.groupby("goal_id", sort=False).indices.items():
        reported_rows = [i for i in mine if reported[i]]
        total = in_all[mine[0]]
        earlier = 0 if formats.missing(total) else int(total) - len(reported_rows)
        if earlier and formats.missing(progress[reported_rows[0]]):
            whole.append(goal_id)
        out[goal_id] = (
            [(days[i], progress[i]) for i in mine],
            [days[i] for i in reported_rows],
            earlier,
        )
    return out, whole


def goal_forecasts(
    db: Database,
    filters: Filters,
    *,
    meeting_id: int | None = None,
    recorded_at: dt.datetime | None = None,
    goal_ids: list[str] | None = None,
) -> dict[str, Forecast]:
    """Each goal's (the filter's goal's, or ``goal_ids``) progress forecast at the plan's
    end date.

    The series is the goal's progress as the progress chart draws it (the same rules, in
    sql/progress_series.sql, per goal), from the plan's start to the status date, on every
    date one of its (filtered) measures was updated: those dates are its reports. Only
    what the forecast reads comes from the database (its window, the last date before it
    and how many reports were left out): a plan's history can be long. With
    ``meeting_id``, the meeting snapshot's measures and weights and only the updates
    recorded by ``recorded_at``: the forecast as it stood when the meeting was recorded.
    """
    start, end = _plan_period(db, filters.plan_id)
    if end is None:
        return {}
    if goal_ids is None:
        goal_ids = (
            [filters.goal_id]
            if filters.goal_id
            else queries.goals(db, filters.plan_id)["id"].tolist()
        )
    read = (min(start or filters.start, filters.start), meeting_id, recorded_at)
    series, whole = _goal_series(db, filters, read, WINDOW_DAYS)
    for goal_id in set(whole) & set(goal_ids):
        one = replace(filters, goal_id=goal_id)
        series[goal_id] = _goal_series(db, one, read, None)[0][goal_id]
    out = {}
    for goal_id in goal_ids:
        observations, reports, earlier = series.get(goal_id, ([], [], 0))
        out[goal_id] = project(
            observations, as_of=filters.end, end=end, reports=reports, earlier_reports=earlier
        )
    return out


def target_forecasts(db: Database, filters: Filters) -> list[tuple[pd.Series, Forecast]]:
    """Each target (goal_kpi) whose period holds the status date, with its forecast at the
    period's end: the running total of its figures (the latest figure for a stock such as
    followers), each counted from the day its period ends."""
    kpis = queries.goal_kpis(db, filters)
    figures = db.query(
        "forecast_target_figures",
        plan_id=filters.plan_id,
        goal_id=filters.goal_id,
        as_of=filters.end,
    )
    out = []
    for _, kpi in kpis.iterrows():
        start, end = _day(kpi["period_start"]), _day(kpi["period_end"])
        if not start <= filters.end < end:
            continue
        mine = figures[
            (figures["goal_id"] == kpi["goal_id"])
            & (figures["channel_id"] == kpi["channel_id"])
            & (figures["metric"] == kpi["metric"])
            & (pd.to_datetime(figures["target_start"]) == pd.Timestamp(start))
        ]
        out.append((kpi, project_figures(mine, kpi, start, end)))
    return out


def project_figures(
    figures: pd.DataFrame, kpi: pd.Series, start: dt.date, end: dt.date
) -> Forecast:
    """A target's forecast from its figures (``period_start``, ``period_end``, ``value``)."""
    stock = kpi["metric"] in LEVEL_METRICS
    target, direction = float(kpi["target"]), str(kpi["direction"])
    if figures.empty:
        return project([], as_of=start, end=end, target=target, direction=direction)
    ordered = figures.sort_values(["period_start", "period_end"])
    dates = [_day(d) for d in ordered["period_end"]]
    if stock:
        observations = list(zip(dates, ordered["value"].astype(float), strict=True))
    else:
        totals = ordered["value"].astype(float).cumsum()
        observations = [(start, 0.0), *zip(dates, totals, strict=True)]
    return project(
        observations,
        as_of=max(dates),
        end=end,
        target=target,
        direction=direction,
        bounds=(0.0, None),
        reports=dates,
        accumulates=not stock,
    )


# --- Words -------------------------------------------------------------------------------

#: An icon per state, so the word is never told by colour alone; arrows read as the pace.
ICONS: dict[str, str] = {
    "miss": "↘",
    "tight": "→",
    "ended": "✗",
    "too_little": "?",
    "on_track": "↗",
    "reached": "✓",
}


def badge(forecast: Forecast, t: Translator) -> str:
    """The state as an icon and its word: ``↘ Vil trolig ikke nås``."""
    return f"{ICONS[forecast.state]} {t('forecast.state.' + forecast.state)}"


def _signed(value: float, t: Translator) -> str:
    decimals = 1 if abs(value) < 10 else 0
    shown = t.number(abs(value), decimals)
    if shown == t.number(0, decimals):
        return "±" + shown
    return ("+" if value > 0 else formats.MINUS) + shown


def _range(low: str, high: str, high_shown: str) -> str:
    """`` (60–81 %)``, or nothing when both ends show the same figure."""
    return "" if low == high else f" ({low}–{high_shown})"


def _too_little(forecast: Forecast, t: Translator) -> str:
    return t(
        "forecast.too_little",
        min_points=t.number(MIN_POINTS),
        min_days=t.number(MIN_DAYS),
        points=t.number(forecast.points),
        days=t.number(forecast.window_days),
    )


def progress_sentence(forecast: Forecast, t: Translator) -> str:
    """The sentence that explains a goal's progress forecast, in the UI language."""
    if forecast.state == "reached":
        return t("forecast.progress.reached", current=t.percent(forecast.current))
    if forecast.state == "ended":
        return t(
            "forecast.progress.ended",
            end=t.date(forecast.end),
            current=t.percent(forecast.current),
            target=t.percent(forecast.target),
        )
    if not forecast.projected:
        return _too_little(forecast, t)
    return t(
        "forecast.progress.pace",
        days=t.number(forecast.window_days),
        pace=t.points(forecast.per_month),
        value=t.percent(forecast.value),
        range=_range(t.number(forecast.low), t.number(forecast.high), t.percent(forecast.high)),
        end=t.date(forecast.end),
        target=t.percent(forecast.target),
    )


def target_sentence(kpi: pd.Series, forecast: Forecast, t: Translator) -> str:
    """The sentence that explains a target's forecast (its metric, channel and figure)."""
    what = t(
        "forecast.target.what",
        metric=metric_word(str(kpi["metric"]), t.lang),
        channel=kpi["channel"],
    )
    goal = t(f"forecast.goal.{forecast.direction}", target=t.number(forecast.target))
    if forecast.state == "reached":
        return t(
            "forecast.target.reached", what=what, current=t.number(forecast.current), goal=goal
        )
    if not forecast.projected:
        return f"{what}: {_too_little(forecast, t)}"
    low, high = t.number(forecast.low), t.number(forecast.high)
    return t(
        "forecast.target.pace",
        what=what,
        days=t.number(forecast.window_days),
        as_of=t.date(forecast.as_of),
        pace=_signed(forecast.per_month or 0.0, t),
        value=t.number(forecast.value),
        range=_range(low, high, high),
        end=t.date(forecast.end),
        goal=goal,
    )


def _span(forecast: Forecast, t: Translator) -> str:
    """``60–81 %``, or ``72 %`` when both ends show the same figure."""
    low, high = t.number(forecast.low), t.number(forecast.high)
    return t.percent(forecast.high) if low == high else f"{low}–{t.percent(forecast.high)}"


def overview_table(
    goal_rows: pd.DataFrame, forecasts: dict[str, Forecast], t: Translator, end: dt.date
) -> pd.DataFrame:
    """Per goal (``id``, ``title``): the state (second, so a phone shows it without
    scrolling sideways), progress now, the forecast at ``end``, its range, the pace and
    the days it is read over, as Oversikt shows them."""
    rows = []
    for goal_id, title in goal_rows[["id", "title"]].itertuples(index=False):
        forecast = forecasts.get(goal_id)
        if forecast is None:
            continue
        projected = forecast.projected
        rows.append(
            {
                t("col.goal"): title,
                t("forecast.col.state"): badge(forecast, t),
                t("forecast.col.now"): t.percent(forecast.current),
                t("forecast.col.projected", end=t.date(end)): (
                    t.percent(forecast.value) if projected else formats.DASH
                ),
                t("forecast.col.range"): _span(forecast, t) if projected else formats.DASH,
                t("forecast.col.pace"): t.points(forecast.per_month) if projected else formats.DASH,
                t("forecast.col.window"): (
                    t.number(forecast.window_days) if projected else formats.DASH
                ),
            }
        )
    return pd.DataFrame(rows)
