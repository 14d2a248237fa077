"""What the pages show, computed from the database: named queries plus the maths.

Every function takes a :class:`~dashboard.db.Database` and a :class:`Filters`
and returns a DataFrame, so pages, the CLI and reports share one source of truth.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard import dependencies, metrics, settings
from dashboard.db import Database, load_sql
from dashboard.labels import (
    CLOSED_STATUSES,
    COMPLETE_STATUSES,
    DISPLAY_STATUS_IDS,
    INITIAL_STATUS,
    METRICS,
    MOMENT_METRICS,
    OPEN_STATUS_IDS,
    STOCK_METRICS,
    UNCOUNTED_STATUSES,
)

#: The periods channel figures are summed over: beside month, quarter and year the
#: tertial (T1 January–April, T2 May–August, T3 September–December) and the half-year
#: that Norwegian public bodies report in (sql/channel_metrics.sql computes the start).
GRAINS: tuple[str, ...] = ("month", "quarter", "tertial", "half", "year")


@dataclass(frozen=True)
class Filters:
    """A view's scope: the plan, the period (its end is the 'as of' date) and narrowing."""

    plan_id: str
    start: dt.date
    end: dt.date
    goal_id: str | None = None
    owner_id: str | None = None
    channel_id: str | None = None

    def params(self, *, as_of: dt.date | None = None) -> dict[str, object]:
        """Bound parameters for the measure queries."""
        return {
            "plan_id": self.plan_id,
            "as_of": as_of or self.end,
            "goal_id": self.goal_id,
            "owner_id": self.owner_id,
            "channel_id": self.channel_id,
        }


def plan_bounds(plan: pd.Series, today: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """(earliest, latest, default end) dates a view of this plan can take.

    The default end is the "as of" date every page (and the public status page)
    opens on: today, or the plan period's end once it has ended.
    """
    start = pd.Timestamp(plan["period_start"]).date() if pd.notna(plan["period_start"]) else None
    end = pd.Timestamp(plan["period_end"]).date() if pd.notna(plan["period_end"]) else None
    start = start or dt.date(today.year, 1, 1)
    end = end or today
    lo = start
    hi = max(end, today)
    default_end = min(end, today) if today >= start else end
    return lo, hi, default_end


def plans(db: Database) -> pd.DataFrame:
    """The plans in use (archived ones left out) with organisation, period, cadence and size."""
    return db.query("plans", include_archived=False)


def goals(db: Database, plan_id: str) -> pd.DataFrame:
    """The plan's goals in order."""
    return db.query("goals", plan_id=plan_id)


def owners(db: Database, plan_id: str) -> pd.DataFrame:
    """Owners with at least one measure in the plan."""
    return db.query("plan_owners", plan_id=plan_id)


def organisation_owners(db: Database, plan_id: str) -> pd.DataFrame:
    """Every owner of the plan's organisation (id, name), with measures or not yet."""
    return db.query("plan_organisation_owners", plan_id=plan_id)


def channels(db: Database, plan_id: str) -> pd.DataFrame:
    """Channels of the plan's organisation."""
    return db.query("plan_channels", plan_id=plan_id)


def cadence_days(db: Database, plan_id: str) -> int:
    """The plan's reporting cadence in days: its own, or the PLANPULS_CADENCE_DAYS setting."""
    own = db.scalar(load_sql("plan_cadence"), {"plan_id": plan_id})
    return int(own) if own is not None and not pd.isna(own) else settings.cadence_days()


def measure_states(db: Database, filters: Filters, *, as_of: dt.date | None = None) -> pd.DataFrame:
    """One row per measure with its state on the filter's end date (or ``as_of``).

    A measure that has gone longer than the plan's cadence without an update has
    status ``stale`` (its own in ``reported_status``); see metrics.add_flags.
    """
    as_of = as_of or filters.end
    params = filters.params(as_of=as_of)
    states = db.query("measure_state", **params, initial_status=INITIAL_STATUS)
    states = metrics.add_flags(states, as_of, cadence_days(db, filters.plan_id))
    return dependencies.add_waiting(
        states, dependencies.plan_dependencies(db, filters.plan_id, as_of)
    )


def status_history(db: Database, filters: Filters) -> pd.DataFrame:
    """Every status update up to the filter's end date, oldest first."""
    return db.query("status_history", **filters.params())


def latest_status_history(
    db: Database, filters: Filters, limit: int
) -> tuple[pd.DataFrame, int, bool]:
    """The newest ``limit`` status updates up to the end date (newest first), how many
    there are in all, and whether any of them is illustrative."""
    rows = db.query("status_history_latest", **filters.params(), limit=limit)
    total = int(rows["total"].iloc[0]) if not rows.empty else 0
    illustrative = bool(rows["any_illustrative"].iloc[0]) if not rows.empty else False
    return rows.drop(columns=["total", "any_illustrative"]), total, illustrative


def plan_progress(states: pd.DataFrame) -> float | None:
    """Weighted progress over all measures in the states."""
    return metrics.weighted_progress(
        zip(states["status"], states["progress"], states["weight"], strict=True)
    )


def goal_summary(db: Database, filters: Filters, states: pd.DataFrame) -> pd.DataFrame:
    """Per goal of the plan: progress, status counts, overdue and attention counts.

    Goals without (matching) measures are kept, with no progress.
    """
    return summarise_goals(goals(db, filters.plan_id), states, filters.goal_id)


def summarise_goals(
    goal_rows: pd.DataFrame, states: pd.DataFrame, goal_id: str | None = None
) -> pd.DataFrame:
    """Per goal row (id, title, …): progress, status counts, overdue and attention counts."""
    if goal_id:
        goal_rows = goal_rows[goal_rows["id"] == goal_id]
    per_goal = metrics.progress_by_group(states, "goal_id")
    flags = (
        states.groupby("goal_id")[["overdue", "attention"]].sum().astype(int).reset_index()
        if not states.empty
        else pd.DataFrame(columns=["goal_id", "overdue", "attention"])
    )
    out = goal_rows.rename(columns={"id": "goal_id", "title": "goal_title"})
    out = out.merge(per_goal, on="goal_id", how="left").merge(flags, on="goal_id", how="left")
    for column in ("measures", "overdue", "attention", *DISPLAY_STATUS_IDS):
        out[column] = out[column].fillna(0).astype(int)
    out["progress"] = out["progress"].astype(object).where(out["progress"].notna(), None)
    return out.reset_index(drop=True)


#: At most this many dates on a progress-over-time chart before it shows one per week.
PROGRESS_POINTS = 400


def progress_series(
    db: Database,
    filters: Filters,
    *,
    per_goal: bool,
    start: dt.date | None = None,
    meeting_id: int | None = None,
    recorded_at: dt.datetime | None = None,
    window_days: int | None = None,
    min_points: int = 0,
) -> pd.DataFrame:
    """Weighted progress over time of the filtered measures, from ``start`` (the filter's
    start when None) to the filter's end, in one pass in SQL (sql/progress_series.sql says
    the rules and the two shapes): the measures together as the progress chart draws them
    (``per_goal`` false), or per goal on every date one of its measures was updated
    (``per_goal`` true, the forecast's series). With ``meeting_id``, the meeting snapshot's
    measures and weights and only the updates recorded by ``recorded_at``. With
    ``window_days`` (per goal), only the dates a forecast with that window and
    ``min_points`` reads, and the last date before them. Columns ``goal_id``, ``date``,
    ``progress``, ``reported``, ``reports`` (per goal with ``window_days``: the goal's
    report dates in all, those left out included)."""
    params = filters.params()
    del params["as_of"]
    return db.query(
        "progress_series",
        **params,
        per_goal=per_goal,
        meeting_id=meeting_id,
        recorded_at=recorded_at,
        start=filters.start if start is None else start,
        end=filters.end,
        window_days=window_days,
        min_points=min_points,
        max_points=PROGRESS_POINTS,  # (only the chart's shape leaves points out)
        uncounted=sorted(UNCOUNTED_STATUSES),
        complete=sorted(COMPLETE_STATUSES),
    )


def goal_progress_over_time(db: Database, filters: Filters) -> pd.DataFrame:
    """Weighted progress of the filtered measures on every date their history changed.

    The filter's start and end, and each date in between with an update; with more than
    :data:`PROGRESS_POINTS` such dates, the last of each week (:func:`progress_series`).
    Columns ``date`` and ``progress`` (NaN where no measure counts).
    """
    series = progress_series(db, filters, per_goal=False)
    series["date"] = pd.to_datetime(series["date"]).dt.date
    return series[["date", "progress"]]


def owner_workload(states: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    """Per owner: open measures by status, overdue, waiting for a late measure, and what
    falls due in 30/60/90 days."""
    is_open = ~states["status"].isin(CLOSED_STATUSES)
    flags = pd.DataFrame({"owner": states["owner"], "open": is_open})
    for status_id in OPEN_STATUS_IDS:
        flags[status_id] = is_open & (states["status"] == status_id)
    flags["overdue"] = is_open & states["overdue"].astype(bool)
    if "waiting_for" in states:
        flags["waiting"] = is_open & states["waiting_for"].astype(bool)
    for days in metrics.DUE_HORIZONS:
        flags[f"due_{days}"] = is_open & metrics.due_within_mask(states, as_of, days)
    flags["done"] = states["status"].isin(COMPLETE_STATUSES)
    counted = [c for c in flags.columns if c != "owner"]
    out = flags.groupby("owner", sort=True)[counted].sum().astype(int)
    first_ids = states.groupby("owner", sort=True)["owner_id"].agg(lambda ids: ids.iloc[0])
    out.insert(0, "owner_id", first_ids)
    columns = ["owner_id", "owner", "open"]
    columns += list(OPEN_STATUS_IDS)
    columns += ["overdue", *(["waiting"] if "waiting" in out.columns else [])]
    columns += [*(f"due_{d}" for d in metrics.DUE_HORIZONS), "done"]
    out = out.reset_index()[columns]
    return out.sort_values(["open", "owner"], ascending=[False, True]).reset_index(drop=True)


def channel_series(db: Database, filters: Filters, grain: str) -> pd.DataFrame:
    """Channel figures per period bucket; ``grain`` is one of :data:`GRAINS`."""
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {GRAINS}, got {grain!r}")
    return db.query(
        "channel_metrics",
        plan_id=filters.plan_id,
        start=filters.start,
        end=filters.end,
        channel_id=filters.channel_id,
        grain=grain,
    )


def metric_ids(db: Database, plan_id: str) -> list[str]:
    """The metrics the plan's organisation has figures for, reach-like ones first.

    The order is that of the vocabulary in labels.METRICS (reach, impressions,
    visitors, …); metrics outside it follow, most rows first.
    """
    found = db.query("plan_metric_ids", plan_id=plan_id)["metric"].tolist()
    known = [m.id for m in METRICS if m.id in found]
    return known + [m for m in found if m not in known]


def total_by(series: pd.DataFrame, metric: str, by: str) -> pd.DataFrame:
    """One metric's total per ``by`` column over the whole period (stocks: latest value)."""
    rows = series[series["metric"] == metric]
    if rows.empty:
        return pd.DataFrame(columns=[by, "value"])
    if metric in STOCK_METRICS:
        latest = rows[rows["bucket"] == rows.groupby("channel_id")["bucket"].transform("max")]
        return latest.groupby(by, as_index=False)["value"].sum()
    return rows.groupby(by, as_index=False)["value"].sum()


def goal_kpis(db: Database, filters: Filters) -> pd.DataFrame:
    """Outcome targets of the plan's goals with the actual figure so far."""
    return db.query(
        "goal_kpis",
        plan_id=filters.plan_id,
        goal_id=filters.goal_id,
        as_of=filters.end,
        stocks=sorted(STOCK_METRICS),
        moments=sorted(MOMENT_METRICS),
    )


def default_since(db: Database, filters: Filters, days: int = 30) -> dt.date:
    """'Changes since' default: a month before the latest update on or before the end."""
    latest = db.scalar(load_sql("status_history_last_date"), filters.params())
    anchor = filters.end if latest is None or pd.isna(latest) else min(filters.end, latest)
    return max(filters.start, anchor - dt.timedelta(days=days))


def scope_series(series: pd.DataFrame, metric: str) -> pd.DataFrame:
    """One metric per period bucket and scope (internal/external), summed over channels."""
    rows = series[series["metric"] == metric]
    return rows.groupby(["bucket", "scope"], as_index=False)["value"].sum()


#: Which figure heads a channel's card on Kanaler, by the channel's scope: the first
#: of these that the channel reports well in the period ("well": in at least half as
#: many periods as its most reported metric, so one stray figure does not take over).
#: A website shows visitors, a newsletter subscribers, social media reach, events
#: participants, media mentions; internal channels lead with participants (meetings)
#: and visitors (an intranet). Metrics outside the list come last, most reported first.
#: The choice is made in sql/channel_headlines.sql from these lists.
HEADLINE_PRIORITY: dict[str, tuple[str, ...]] = {
    "external": (
        "visitors", "subscribers", "reach", "participants", "mentions", "followers",
        "impressions", "pageviews", "opens", "clicks", "new_followers", "posts",
    ),
    "internal": (
        "participants", "visitors", "reach", "opens", "subscribers", "pageviews",
        "impressions", "clicks", "followers", "new_followers", "mentions", "posts",
    ),
}  # fmt: skip


def channel_headlines(db: Database, filters: Filters) -> pd.DataFrame:
    """Every channel of the plan's organisation with its headline figure and trend.

    One row per channel (only the filter's channel when it names one), external
    first, by name: ``metric`` and ``value`` for the period (NULL when the channel
    has no figures in it), and ``change`` against the same period a year earlier
    (a fraction; NULL when there is nothing to compare), from the dates that have a
    figure in both years (``now_compared``, ``before_compared``, ``compared_from``,
    ``compared_to``). See sql/channel_headlines.sql and :data:`HEADLINE_PRIORITY`.
    """
    return db.query(
        "channel_headlines",
        plan_id=filters.plan_id,
        channel_id=filters.channel_id,
        start=filters.start,
        end=filters.end,
        external=list(HEADLINE_PRIORITY["external"]),
        internal=list(HEADLINE_PRIORITY["internal"]),
        stocks=sorted(STOCK_METRICS),
    )


def detail_metric(headlines: pd.DataFrame, metric_ids: list[str]) -> str | None:
    """The metric Kanaler's detail opens on: one the shown channels have figures for.

    The headline metric most of the shown channels share (ties: the external
    priority, then the vocabulary's order); when no channel has figures in the
    period, the first metric the organisation has at all (None if it has none).
    """
    shown = headlines["metric"].dropna()
    if shown.empty:
        return metric_ids[0] if metric_ids else None
    counts = shown.value_counts()
    order = list(HEADLINE_PRIORITY["external"])

    def rank(metric: str) -> tuple[int, int, str]:
        position = order.index(metric) if metric in order else len(order)
        return (-int(counts[metric]), position, metric)

    return min(counts.index, key=rank)
