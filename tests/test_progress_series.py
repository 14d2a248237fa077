"""Progress over time in SQL (sql/progress_series.sql) against a plain rebuild in Python.

The rebuild below is the straightforward definition: for each date, every measure's
latest update on or before it, then the weighted mean of metrics.weighted_progress.
It was the page's own code until it proved too slow for a region's history (dates ×
updates); it stays here as the reference the one-pass SQL must match.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import metrics, queries
from dashboard.db import Database
from tests.conftest import TODAY

D = dt.date
STATUSES = ["not_started", "on_track", "at_risk", "delayed", "done", "cancelled"]


def python_series(measures: pd.DataFrame, updates: pd.DataFrame, dates) -> list[float | None]:
    """Weighted progress on each date, rebuilt from scratch per date."""
    out = []
    for date in dates:
        known = updates[pd.to_datetime(updates["update_date"]).dt.date <= date]
        latest = (
            known.sort_values(["measure_id", "update_date", "id"])
            .groupby("measure_id")
            .tail(1)
            .set_index("measure_id")
        )
        triples = [
            (latest.at[m, "status"], latest.at[m, "progress"], w)
            if m in latest.index
            else ("not_started", 0.0, w)
            for m, w in zip(measures["id"], measures["weight"], strict=True)
        ]
        out.append(metrics.weighted_progress(triples))
    return out


def python_dates(filters: queries.Filters, updates: pd.DataFrame) -> list[dt.date]:
    """The dates the page showed before: start, end and every update date between."""
    seen = {d for d in pd.to_datetime(updates["update_date"]).dt.date if filters.start <= d}
    return sorted(d for d in {filters.start, filters.end} | seen if d <= filters.end)


def assert_same(series: pd.DataFrame, expected: list[float | None]) -> None:
    got = [None if pd.isna(p) else p for p in series["progress"]]
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert (g is None and e is None) or g == pytest.approx(e, abs=1e-9)


def _filters(db: Database, plan_id: str, **narrow) -> queries.Filters:
    plan = queries.plans(db).set_index("id").loc[plan_id]
    return queries.Filters(plan_id, pd.Timestamp(plan["period_start"]).date(), TODAY, **narrow)


DEMO_VIEWS = [
    ("his-2025", {}),
    ("his-2025", {"goal_id": "his-g6"}),
    ("ho21-2020", {}),
    ("tynset-2025", {}),
]


def test_sql_series_is_the_python_rebuild_on_the_demo(demo_db):
    for plan_id, narrow in DEMO_VIEWS:
        filters = _filters(demo_db, plan_id, **narrow)
        states = queries.measure_states(demo_db, filters)
        history = queries.status_history(demo_db, filters)
        dates = python_dates(filters, history)
        series = queries.goal_progress_over_time(demo_db, filters)
        assert series["date"].tolist() == dates, plan_id
        assert_same(series, python_series(states[["id", "weight"]], history, dates))


def test_a_worked_example_with_weights_done_and_cancelled(db):
    measures = [("a", 1.0), ("b", 3.0)]
    updates = [
        ("a", D(2025, 1, 10), "on_track", 40),
        ("b", D(2025, 2, 1), "on_track", 20),
        ("a", D(2025, 3, 1), "done", 90),
        ("b", D(2025, 3, 5), "cancelled", 20),
    ]
    _load(db, measures, updates)
    filters = queries.Filters("p", D(2025, 1, 1), D(2025, 3, 5))
    series = queries.goal_progress_over_time(db, filters)
    assert series["date"].tolist() == [
        D(2025, 1, 1),
        D(2025, 1, 10),
        D(2025, 2, 1),
        D(2025, 3, 1),
        D(2025, 3, 5),
    ]
    # a 40 % of weight 1 → 10 %; b 20 % of 3 → (40 + 60) / 4 = 25 %; a done → 40 %;
    # b cancelled → only a counts, done → 100 %
    assert series["progress"].tolist() == [0.0, 10.0, 25.0, 40.0, 100.0]


def test_all_cancelled_has_no_progress(db):
    _load(db, [("a", 1.0)], [("a", D(2025, 1, 5), "cancelled", 50)])
    series = queries.goal_progress_over_time(db, queries.Filters("p", D(2025, 1, 1), D(2025, 2, 1)))
    assert series["progress"].iloc[0] == 0.0
    assert series["progress"].iloc[1:].isna().all()


def test_a_long_history_shows_one_point_a_week_with_exact_values(db, monkeypatch):
    monkeypatch.setattr(queries, "PROGRESS_POINTS", 20)
    start = D(2025, 1, 1)
    updates = [("a", start + dt.timedelta(days=i), "on_track", i % 100) for i in range(60)]
    updates += [("b", start + dt.timedelta(days=i), "at_risk", (3 * i) % 100) for i in range(60)]
    _load(db, [("a", 1.0), ("b", 2.0)], updates)
    filters = queries.Filters("p", start, D(2025, 3, 31))
    series = queries.goal_progress_over_time(db, filters)
    dates = series["date"].tolist()
    # start, end, and the last update date of each (Monday-based) week in between
    weeks = {}
    for _m, d, _s, _p in updates:
        key = d - dt.timedelta(days=d.weekday())
        weeks[key] = max(weeks.get(key, d), d)
    assert dates == sorted({start, filters.end, *weeks.values()})
    history = queries.status_history(db, filters)
    assert_same(series, python_series(pd.DataFrame(_measures_frame(db)), history, dates))


def _measures_frame(db: Database) -> pd.DataFrame:
    return db.sql("SELECT id, weight FROM measure ORDER BY id")


def _load(db: Database, measures, updates) -> None:
    with db.write() as cur:
        for table in ("status_update", "measure", "goal", "plan"):
            cur.execute(f"DELETE FROM {table}")
        cur.execute(
            "INSERT INTO plan (id, organisation_id, name, period_start, period_end) "
            "VALUES ('p', 'o', 'P', DATE '2025-01-01', DATE '2025-12-31')"
        )
        cur.execute("INSERT INTO goal (id, plan_id, title) VALUES ('g', 'p', 'G')")
        for i, (measure_id, weight) in enumerate(measures):
            cur.execute(
                "INSERT INTO measure (id, goal_id, title, weight, sort_order) "
                "VALUES ($id, 'g', $id, $w, $i)",
                {"id": measure_id, "w": weight, "i": i},
            )
        for measure_id, date, status, progress in updates:
            cur.execute(
                "INSERT INTO status_update (measure_id, update_date, status, progress) "
                "VALUES ($m, $d, $s, $p)",
                {"m": measure_id, "d": date, "s": status, "p": progress},
            )


_update = st.tuples(
    st.sampled_from(["a", "b", "c"]),
    st.dates(D(2024, 12, 20), D(2025, 2, 10)),
    st.sampled_from(STATUSES),
    st.floats(0, 100, allow_nan=False),
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    weights=st.tuples(*(st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0]) for _ in range(3))),
    updates=st.lists(_update, max_size=25),
    end=st.dates(D(2025, 1, 1), D(2025, 2, 15)),
)
def test_sql_series_is_the_python_rebuild_on_any_small_history(db, weights, updates, end):
    measures = list(zip("abc", weights, strict=True))
    _load(db, measures, updates)
    filters = queries.Filters("p", D(2025, 1, 1), end)
    history = queries.status_history(db, filters)
    dates = python_dates(filters, history)
    series = queries.goal_progress_over_time(db, filters)
    assert series["date"].tolist() == dates
    assert_same(series, python_series(_measures_frame(db), history, dates))
