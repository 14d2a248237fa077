"""Progress maths as tables: weights, empty goals, done and cancelled measures."""

import datetime as dt

import pandas as pd
import pytest

from dashboard import metrics
from dashboard.labels import DISPLAY_STATUS_IDS

D = dt.date


@pytest.mark.parametrize(
    ("measures", "expected"),
    [
        ([], None),  # empty goal: no progress, not 0 %
        ([("on_track", 40, 1)], 40.0),
        ([("on_track", 40, 1), ("on_track", 80, 1)], 60.0),
        ([("on_track", 40, 3), ("on_track", 80, 1)], 50.0),  # weights count
        ([("on_track", 0, 1), ("on_track", 100, 0.5)], pytest.approx(33.333, abs=1e-3)),
        ([("done", 60, 1), ("on_track", 0, 1)], 50.0),  # done counts 100 % whatever it said
        ([("cancelled", 90, 5), ("on_track", 20, 1)], 20.0),  # cancelled does not count
        ([("cancelled", 50, 1)], None),  # only cancelled: nothing to count
        ([("on_track", 50, 0)], None),  # zero weight: nothing to count
        ([("on_track", 50, 0), ("delayed", 10, 2)], 10.0),
        ([("not_started", None, 1), ("at_risk", 70, 1)], 35.0),  # missing progress is 0 %
        ([("on_track", 130, 1)], 100.0),  # overshoot is capped
        ([("done", 100, 1), ("done", 100, 2)], 100.0),
    ],
)
def test_weighted_progress(measures, expected):
    assert metrics.weighted_progress(measures) == expected


@pytest.mark.parametrize(
    ("status", "progress", "expected"),
    [
        ("cancelled", 50, None),
        ("done", 0, 100.0),
        ("on_track", 45.5, 45.5),
        ("at_risk", -5, 0.0),
        ("delayed", float("nan"), 0.0),
    ],
)
def test_effective_progress(status, progress, expected):
    assert metrics.effective_progress(status, progress) == expected


@pytest.mark.parametrize(
    ("due", "status", "as_of", "expected"),
    [
        (D(2025, 3, 1), "on_track", D(2025, 3, 2), True),
        (D(2025, 3, 1), "on_track", D(2025, 3, 1), False),  # due today is not yet overdue
        (D(2025, 3, 1), "done", D(2025, 6, 1), False),
        (D(2025, 3, 1), "cancelled", D(2025, 6, 1), False),
        (D(2025, 3, 1), "not_started", D(2025, 6, 1), True),
        (None, "delayed", D(2025, 6, 1), False),
        (pd.NaT, "delayed", D(2025, 6, 1), False),
        (pd.Timestamp("2025-03-01"), "at_risk", D(2025, 6, 1), True),
    ],
)
def test_is_overdue(due, status, as_of, expected):
    assert metrics.is_overdue(due, status, as_of) is expected


def _states(rows):
    return pd.DataFrame(rows, columns=["id", "goal_id", "status", "progress", "weight", "due_date"])


def test_progress_by_group_counts_every_status():
    states = _states(
        [
            ("a", "g1", "done", 100, 1, None),
            ("b", "g1", "on_track", 50, 1, None),
            ("c", "g2", "cancelled", 0, 1, None),
            ("d", "g2", "at_risk", 30, 2, None),
        ]
    )
    out = metrics.progress_by_group(states, "goal_id").set_index("goal_id")
    assert out.loc["g1", "progress"] == 75.0
    assert out.loc["g2", "progress"] == 30.0
    assert out.loc["g1", "done"] == 1 and out.loc["g1", "on_track"] == 1
    assert out.loc["g2", "cancelled"] == 1 and out.loc["g2", "at_risk"] == 1
    assert out.loc["g2", "measures"] == 2


@pytest.mark.parametrize(
    ("days", "expected"),
    [(30, ["soon"]), (60, ["soon", "later"]), (90, ["soon", "later", "edge"])],
)
def test_due_within_horizons(days, expected):
    as_of = D(2025, 1, 1)
    states = _states(
        [
            ("past", "g", "on_track", 0, 1, D(2024, 12, 31)),
            ("soon", "g", "on_track", 0, 1, D(2025, 1, 20)),
            ("later", "g", "at_risk", 0, 1, D(2025, 2, 20)),
            ("edge", "g", "delayed", 0, 1, D(2025, 4, 1)),  # day 90
            ("done", "g", "done", 100, 1, D(2025, 1, 5)),
            ("none", "g", "on_track", 0, 1, None),
        ]
    )
    assert metrics.due_within(states, as_of, days)["id"].tolist() == expected


@pytest.mark.parametrize(
    ("measures", "expected"),
    [
        ([("on_track", 80, -1)], None),  # a negative weight counts for nothing
        ([("on_track", 80, -1), ("on_track", 20, 1)], 20.0),  # and does not pull others
        ([("done", 100, -2), ("at_risk", 40, 2)], 40.0),
    ],
)
def test_negative_weights_do_not_count(measures, expected):
    assert metrics.weighted_progress(measures) == expected


def test_a_measure_due_today_falls_due_within_every_horizon_and_is_not_overdue():
    as_of = D(2025, 1, 1)
    states = _states([("today", "g", "on_track", 0, 1, as_of)])
    for days in metrics.DUE_HORIZONS:
        assert metrics.due_within(states, as_of, days)["id"].tolist() == ["today"]
    assert not metrics.is_overdue(as_of, "on_track", as_of)


def test_progress_by_group_keeps_the_order_of_the_plan_and_counts_absent_statuses_as_zero():
    states = _states(
        [
            ("a", "g2", "on_track", 50, 1, None),
            ("b", "g1", "delayed", 10, 1, None),
            ("c", "g2", "on_track", 70, 1, None),
        ]
    )
    out = metrics.progress_by_group(states, "goal_id")
    assert out["goal_id"].tolist() == ["g2", "g1"]  # as the goals come, not alphabetical
    assert out.loc[0, "progress"] == 60.0
    assert out.loc[0, ["on_track", "delayed", "done", "stale"]].tolist() == [2, 0, 0, 0]
    assert out.loc[1, ["on_track", "delayed", "done", "stale"]].tolist() == [0, 1, 0, 0]


def test_progress_by_group_of_no_measures_has_the_columns_and_no_rows():
    out = metrics.progress_by_group(_states([]), "goal_id")
    assert len(out) == 0
    assert out.columns.tolist() == ["goal_id", "progress", "measures", *DISPLAY_STATUS_IDS]


def test_add_flags_counts_staleness_from_a_later_start_and_keeps_flags_boolean():
    as_of = D(2026, 3, 3)
    frame = pd.DataFrame(
        {
            "id": ["late_start", "quiet"],
            "status": ["not_started", "on_track"],
            "last_update": pd.to_datetime(["2025-01-01", "2025-12-01"]),
            # the first measure starts 30 days ago: not expected to have reported yet
            "start_date": pd.to_datetime(["2026-02-01", "2025-01-01"]),
            "due_date": pd.to_datetime(["2026-12-31", "2026-03-03"]),
        }
    )
    out = metrics.add_flags(frame, as_of, 60).set_index("id")
    assert out["stale"].to_dict() == {"late_start": False, "quiet": True}
    assert out["status"].to_dict() == {"late_start": "not_started", "quiet": "stale"}
    empty = metrics.add_flags(frame.iloc[0:0], as_of, 60)
    assert empty["stale"].dtype == bool and empty["attention"].dtype == bool


@pytest.mark.parametrize(
    ("actual", "target", "direction", "met", "achieved"),
    [
        (45.5, 50.0, "up", False, 91.0),  # a figure with decimals is a figure, not missing
        (52.5, 50.0, None, True, 105.0),  # no direction given: up is good
        (40.0, 50.0, "down", True, 125.0),
    ],
)
def test_targets_with_decimal_figures(actual, target, direction, met, achieved):
    args = (actual, target) if direction is None else (actual, target, direction)
    assert metrics.target_met(*args) is met
    assert metrics.target_achieved(*args) == pytest.approx(achieved)
