"""The reports' reads of a plan's history, bounded to what they show (docs/performance.md,
"What made each difference — the forecasts' and targets' history"): the pace forecasts
read only their window from sql/progress_series.sql, and the outcome targets sum each
channel's figures per day once (sql/goal_kpis.sql). Nothing shown may change: each is
compared here with its plain definition (the forecast of the whole series since the plan
began, as goal_forecasts read it before; the target's figure from the raw rows), on a
generated database and on the demo."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import forecast, outcomes, queries
from dashboard.db import Database
from dashboard.generate import TODAY as GENERATED_TODAY
from dashboard.generate import largest_plan
from dashboard.labels import MOMENT_METRICS, STOCK_METRICS
from dashboard.meetings import Meeting, all_meetings
from tests.conftest import TODAY

#: Days before the database's today the views are read on (a young plan, an old one).
DAYS_BACK = (0, 45, 200, 700)


def whole_series_forecasts(
    db: Database, filters: queries.Filters, meeting: Meeting | None = None
) -> dict[str, forecast.Forecast]:
    """Each goal's forecast from its whole series: every date since the plan began."""
    start, end = forecast._plan_period(db, filters.plan_id)
    assert end is not None
    series = queries.progress_series(
        db,
        filters,
        per_goal=True,
        start=min(start or filters.start, filters.start),
        meeting_id=meeting.id if meeting else None,
        recorded_at=meeting.recorded_at if meeting else None,
    )
    out = {}
    for goal_id, rows in series.groupby("goal_id"):
        days = [pd.Timestamp(d).date() for d in rows["date"]]
        out[goal_id] = forecast.project(
            zip(days, rows["progress"], strict=True),
            as_of=filters.end,
            end=end,
            reports=[d for d, r in zip(days, rows["reported"], strict=True) if r],
        )
    return out


def assert_same_forecasts(
    db: Database, filters: queries.Filters, meeting: Meeting | None = None
) -> list[forecast.Forecast]:
    if meeting is None:
        bounded = forecast.goal_forecasts(db, filters)
    else:
        bounded = forecast.goal_forecasts(
            db, filters, meeting_id=meeting.id, recorded_at=meeting.recorded_at
        )
    whole = whole_series_forecasts(db, filters, meeting)
    for goal_id, found in bounded.items():
        # a goal with no counted measure has no series: too little, no report
        expected = whole.get(goal_id) or forecast.project([], as_of=filters.end, end=found.end)
        assert found == expected, (filters, goal_id)
    return list(bounded.values())


def _views(db: Database, today: dt.date) -> list[queries.Filters]:
    plans = db.sql("SELECT id, period_end FROM plan ORDER BY id")
    return [
        queries.Filters(plan_id, as_of, as_of)
        for plan_id, period_end in plans.itertuples(index=False)
        if not pd.isna(period_end)
        for as_of in (today - dt.timedelta(days=back) for back in DAYS_BACK)
    ]


def test_the_forecasts_are_those_of_the_whole_series_on_generated_data(tiny_db):
    found = []
    for filters in _views(tiny_db, GENERATED_TODAY):
        found += assert_same_forecasts(tiny_db, filters)
    for plan_id in tiny_db.sql("SELECT id FROM plan")["id"]:
        for meeting in all_meetings(tiny_db, plan_id):  # a meeting's frozen forecast
            filters = queries.Filters(plan_id, meeting.date, meeting.date)
            found += assert_same_forecasts(tiny_db, filters, meeting)
    # every kind of forecast was compared, projections with their ranges among them
    assert {f.state for f in found} >= {"too_little", "ended", "miss", "on_track"}
    assert sum(f.projected for f in found) >= 20


def test_the_forecasts_are_those_of_the_whole_series_on_the_demo(demo_db):
    found = []
    for filters in _views(demo_db, TODAY):
        found += assert_same_forecasts(demo_db, filters)
    assert sum(f.projected for f in found) >= 10


def _rows(series: pd.DataFrame) -> set[tuple]:
    progress = series["progress"].round(9).fillna(-1.0)  # (NaN: nothing counts)
    return set(zip(series["date"], progress, series["reported"], strict=True))


def test_the_forecast_reads_its_window_not_the_whole_history(tiny_db):
    plan_id = largest_plan(tiny_db)
    filters = queries.Filters(plan_id, GENERATED_TODAY, GENERATED_TODAY)
    start = forecast._plan_period(tiny_db, plan_id)[0]
    whole = queries.progress_series(tiny_db, filters, per_goal=True, start=start)
    bounded = queries.progress_series(
        tiny_db, filters, per_goal=True, start=start, window_days=90, min_points=3
    )
    assert len(bounded) * 5 < len(whole)
    for goal_id, rows in bounded.groupby("goal_id"):
        mine = whole[whole["goal_id"] == goal_id]
        # reports: the goal's report dates in all, those left out included
        assert set(rows["reports"]) == {mine["reported"].sum()}
        # every row read is the whole series' row on that date
        assert _rows(rows) <= _rows(mine)


def test_a_goal_whose_measures_were_all_cancelled_before_the_window_holds_its_last_progress(
    demo_db,
):
    plan_id, goal_id = "his-2025", "his-g6"
    measures = demo_db.sql(
        "SELECT id FROM measure WHERE goal_id = $g AND weight > 0 AND archived_at IS NULL",
        {"g": goal_id},
    )["id"].tolist()
    cancelled, reopened = TODAY - dt.timedelta(days=95), TODAY - dt.timedelta(days=60)
    with demo_db.write() as cur:
        cur.execute(
            "DELETE FROM status_update WHERE update_date > $d AND measure_id IN "
            "(SELECT id FROM measure WHERE goal_id = $g)",
            {"d": cancelled - dt.timedelta(days=30), "g": goal_id},
        )
        for measure_id in measures:
            cur.execute(
                "INSERT INTO status_update (measure_id, update_date, status, progress) "
                "VALUES (?, ?, 'cancelled', 0)",
                [measure_id, cancelled],
            )
        for days, progress in ((60, 20.0), (40, 30.0), (20, 45.0)):
            cur.execute(
                "INSERT INTO status_update (measure_id, update_date, status, progress) "
                "VALUES (?, ?, 'on_track', ?)",
                [measures[0], TODAY - dt.timedelta(days=days), progress],
            )
    filters = queries.Filters(plan_id, TODAY, TODAY, goal_id=goal_id)
    start = forecast._plan_period(demo_db, plan_id)[0]
    bounded = queries.progress_series(
        demo_db, filters, per_goal=True, start=start, window_days=90, min_points=3
    )
    # the window's last date before it is the cancellation: nothing counts then
    first_report = bounded[bounded["reported"]].iloc[0]
    assert pd.Timestamp(first_report["date"]).date() == cancelled
    assert pd.isna(first_report["progress"])
    assert reopened < TODAY
    (found,) = assert_same_forecasts(demo_db, filters)
    assert found.current == pytest.approx(45.0)


def plain_actuals(db: Database, plan_id: str, as_of: dt.date) -> pd.DataFrame:
    """Each target's figure from the raw rows of its period up to ``as_of``: a moment's
    mean at its latest date (and the answers then), a stock's greatest figure at its
    latest date, a flow's sum."""
    targets = db.sql(
        "SELECT k.goal_id, k.channel_id, k.metric, k.period_start, k.period_end "
        "FROM goal_kpi k JOIN goal g ON g.id = k.goal_id WHERE g.plan_id = $p",
        {"p": plan_id},
    )
    figures = db.sql(
        "SELECT channel_id, metric, period_start, value, sample_size FROM channel_metric"
    )
    figures["period_start"] = pd.to_datetime(figures["period_start"]).dt.date
    rows = []
    for target in targets.itertuples(index=False):
        start = pd.Timestamp(target.period_start).date()
        last = min(pd.Timestamp(target.period_end).date(), as_of)
        mine = figures[
            (figures["channel_id"] == target.channel_id)
            & (figures["metric"] == target.metric)
            & (figures["period_start"] >= start)
            & (figures["period_start"] <= last)
        ]
        actual = sample = None
        if not mine.empty:
            at_latest = mine[mine["period_start"] == mine["period_start"].max()]
            if target.metric in MOMENT_METRICS:
                actual = at_latest["value"].mean()
                if at_latest["sample_size"].notna().any():
                    sample = at_latest["sample_size"].sum()
            elif target.metric in STOCK_METRICS:
                actual = at_latest["value"].max()
            else:
                actual = mine["value"].sum()
        rows.append((target.goal_id, target.channel_id, target.metric, start, actual, sample))
    return pd.DataFrame(
        rows, columns=["goal_id", "channel_id", "metric", "period_start", "actual", "sample_size"]
    )


def _assert_targets_as_the_raw_rows_say(db: Database, today: dt.date) -> int:
    compared = 0
    for filters in _views(db, today):
        found = queries.goal_kpis(db, outcomes.targets_filters(filters.plan_id, filters.end))
        found["period_start"] = pd.to_datetime(found["period_start"]).dt.date
        expected = plain_actuals(db, filters.plan_id, filters.end)
        key = ["goal_id", "channel_id", "metric", "period_start"]
        both = found.merge(expected, on=key, suffixes=("", "_plain"), validate="1:1")
        assert len(both) == len(found) == len(expected)
        for row in both.itertuples(index=False):
            for column in ("actual", "sample_size"):
                value, plain = getattr(row, column), getattr(row, column + "_plain")
                if pd.isna(plain):
                    assert pd.isna(value), (filters, row)
                else:
                    assert value == pytest.approx(plain, rel=1e-12), (filters, row)
                    compared += 1
    return compared


def test_the_targets_figures_are_those_of_the_raw_rows_on_generated_data(tiny_db):
    assert _assert_targets_as_the_raw_rows_say(tiny_db, GENERATED_TODAY) >= 50


def test_the_targets_figures_are_those_of_the_raw_rows_on_the_demo(demo_db):
    moments = demo_db.scalar(
        "SELECT count(*) FROM goal_kpi WHERE list_contains($m, metric)",
        {"m": sorted(MOMENT_METRICS)},
    )
    assert moments > 0  # survey targets, with their answers, are among those compared
    assert _assert_targets_as_the_raw_rows_say(demo_db, TODAY) >= 20


def test_the_board_reads_its_targets_through_the_reader_a_page_gives_it(demo_db):
    from dashboard import board

    asked = []

    def cached(db: Database, filters: queries.Filters) -> pd.DataFrame:
        asked.append(filters)
        return queries.goal_kpis(db, filters)

    live = board.for_date(demo_db, "his-2025", TODAY, read_kpis=cached)
    assert asked == [outcomes.targets_filters("his-2025", TODAY)]
    # the same board as read straight from the database, outcome figures included
    plain = board.for_date(demo_db, "his-2025", TODAY)
    pd.testing.assert_frame_equal(live.summary, plain.summary)
    assert live.summary["result_targets"].sum() > 0
    meeting = all_meetings(demo_db, "his-2025")[-1]
    board.for_meeting(demo_db, meeting, read_kpis=cached)
    assert asked[-1] == outcomes.targets_filters("his-2025", meeting.date)
