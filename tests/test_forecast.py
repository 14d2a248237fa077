"""The pace forecast (dashboard/forecast.py) on constructed series, its words, and the
sentences on Mål and Oversikt against a forecast computed here from the database's rows."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from dashboard import forecast
from dashboard.forecast import DAYS_PER_MONTH, Forecast, project
from dashboard.i18n import Translator

START = dt.date(2026, 1, 1)
AS_OF = START + dt.timedelta(days=180)


def _series(f, *, every: int = 5, upto: int = 180, start: dt.date = START):
    """Reports every ``every`` days from ``start`` to day ``upto``: (date, f(day))."""
    return [(start + dt.timedelta(days=d), f(d)) for d in range(0, upto + 1, every)]


def _end(days_left: int) -> dt.date:
    return AS_OF + dt.timedelta(days=days_left)


# Each case: a series, the days left to the end, the target and its direction, whether it
# is a running total, and what a person works out by hand from the series' shape:
# the projection, its range (low, high: the slowest and the fastest pace's ends) and the
# state. A linear series has one pace, so its range is a point; a curved one has a faster
# and a slower half.
CASES = {
    # +0.25 pp a day: 45 % now, 45 + 0.25 × 180 = 90 % at the end: it will not get there.
    "steady, too slow": (_series(lambda d: d / 4), 180, 100, "up", False, (90, 90, 90), "miss"),
    # +1/3 pp a day: 60 % now, 120 % at the end, clamped to 100 %.
    "steady, fast enough": (
        _series(lambda d: d / 3),
        180,
        100,
        "up",
        False,
        (100, 100, 100),
        "on_track",
    ),
    # Rose to 30 % by day 60, then nothing: the last 90 days are flat, so 30 % it stays.
    "stalled": (_series(lambda d: min(d, 60) / 2), 180, 100, "up", False, (30, 30, 30), "miss"),
    # d²/1000: 32.4 % now; the window's pace 0.27 a day (halves 0.225 and 0.315);
    # 250 days left: 32.4 + 0.27 × 250 ≈ 100, the slow half 88.7, the fast one over 100.
    "accelerating": (
        _series(lambda d: d * d / 1000),
        250,
        100,
        "up",
        False,
        (99, 89, 100),
        "tight",
    ),
    # 0.6d − d²/1000: 75.6 % now; pace 0.33 (halves 0.375 and 0.285); 80 days left:
    # 75.6 + 26.4 = 102 → 100, the slow half 98.4: it may just miss.
    "decelerating": (
        _series(lambda d: 0.6 * d - d * d / 1000),
        80,
        100,
        "up",
        False,
        (100, 98, 100),
        "tight",
    ),
    # Down is good: 800 − 2d is 440 now; 90 days left: 260, above the target of 200.
    "down, too slow": (_series(lambda d: 800 - 2 * d), 90, 200, "down", False, (260,) * 3, "miss"),
    # 150 days left: 140, at or below 200 at every pace.
    "down, on track": (
        _series(lambda d: 800 - 2 * d),
        150,
        200,
        "down",
        False,
        (140,) * 3,
        "on_track",
    ),
    # A running total with a ceiling (at most 300): 180 now, +1 a day, 90 days left: 270.
    "total under a ceiling": (_series(lambda d: d), 90, 300, "down", True, (270,) * 3, "on_track"),
    # The same total with 150 days left: 330, over the ceiling.
    "total over a ceiling": (_series(lambda d: d), 150, 300, "down", True, (330,) * 3, "miss"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_constructed_series_projects_to_the_value_and_state_worked_out_by_hand(case):
    observations, left, target, direction, total, expected, state = CASES[case]
    bounds = (0.0, 100.0) if target == 100 else (0.0, None)
    result = project(
        observations,
        as_of=AS_OF,
        end=_end(left),
        target=target,
        direction=direction,
        bounds=bounds,
        accumulates=total,
    )
    assert result.state == state
    value, low, high = expected
    # Reports every 5 days make a staircase, whose pace reads a little off the curve's
    # worked out by hand: within 2 points or 3 %.
    assert result.value == pytest.approx(value, rel=0.03, abs=2)
    assert result.low == pytest.approx(low, rel=0.03, abs=2)
    assert result.high == pytest.approx(high, rel=0.03, abs=2)
    assert result.low <= result.value <= result.high
    assert result.window_days == forecast.WINDOW_DAYS
    assert result.flagged == (state == "miss")


@pytest.mark.parametrize(
    ("observations", "as_of", "state", "points", "days"),
    [
        # Two reports only: a trend needs at least three.
        ([(START, 0.0), (START + dt.timedelta(days=60), 20.0)], AS_OF, "too_little", 2, 180),
        # Four reports, but the history is 20 days long: shorter than 30.
        (_series(lambda d: d, upto=20), START + dt.timedelta(days=20), "too_little", 5, 20),
        # Nothing reported at all.
        ([], AS_OF, "too_little", 0, 0),
    ],
    ids=["two reports", "twenty days", "nothing"],
)
def test_too_little_data_gives_no_projection(observations, as_of, state, points, days):
    result = project(observations, as_of=as_of, end=_end(180))
    assert (result.state, result.points, result.window_days) == (state, points, days)
    assert not result.projected and not result.flagged


@pytest.mark.parametrize(
    ("series", "as_of", "end", "state"),
    [
        # At 100 % already (99.6 shows as 100 % and counts as it).
        (_series(lambda d: min(100.0, d)), AS_OF, _end(180), "reached"),
        (_series(lambda d: min(99.6, d)), AS_OF, _end(180), "reached"),
        # The end date has passed at 80 %: not reached, and no longer a forecast.
        (_series(lambda d: d / 2), AS_OF, AS_OF, "ended"),
    ],
    ids=["at 100 %", "at 99.6 %", "ended at 90 %"],
)
def test_reached_and_ended_goals_are_not_projected(series, as_of, end, state):
    result = project(series, as_of=as_of, end=end)
    assert result.state == state and not result.projected


def test_a_running_total_under_a_ceiling_is_not_reached_before_its_period_ends():
    result = project(_series(lambda d: d / 10), as_of=AS_OF, end=_end(90), target=300,
                     direction="down", bounds=(0.0, None), accumulates=True)  # fmt: skip
    assert result.state == "on_track"  # 18 now, 27 at the end; not "reached" until then


def test_a_plan_that_reports_quarterly_reads_its_pace_over_its_last_three_reports():
    quarterly = _series(lambda d: d / 4, every=91, upto=364)  # days 0, 91, 182, 273, 364
    as_of = START + dt.timedelta(days=364)
    result = project(quarterly, as_of=as_of, end=as_of + dt.timedelta(days=91))
    assert result.window_start == START + dt.timedelta(days=182)  # the third-latest report
    assert (result.window_days, result.points) == (182, 3)
    # 91 % now at about +0.2 a day: over 100 % in 91 days, clamped to 100 %. The window's
    # first half holds no report (a flat stretch), so the slow end of the range is a
    # standstill at 91 %: with so few reports the forecast says it could be tight.
    assert (result.value, result.low, result.high) == (100.0, 91.0, 100.0)
    assert result.state == "tight"


def test_daily_values_hold_each_report_until_the_next():
    values = forecast.daily_values(
        [(START, 10.0), (START + dt.timedelta(days=2), 30.0)], START, START + dt.timedelta(days=3)
    )
    assert values.tolist() == [10.0, 10.0, 30.0, 30.0]


# The words ------------------------------------------------------------------------------


def _example(**changes) -> Forecast:
    """The issue's example: +4 pp a month over 90 days, 72 % (60–81 %) on 31.12.2026."""
    as_of = dt.date(2026, 6, 30)
    values = {
        "state": "miss",
        "current": 47.0,
        "target": 100.0,
        "direction": "up",
        "as_of": as_of,
        "end": dt.date(2026, 12, 31),
        "window_start": as_of - dt.timedelta(days=90),
        "points": 6,
        "slope": 4 / DAYS_PER_MONTH,
        "value": 72.2,
        "low": 60.4,
        "high": 80.9,
    }
    return Forecast(**{**values, **changes})


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nb",
            "Med farten de siste 90 dagene (+4\u00a0pp per måned) vil fremdriften være på "
            "72\u00a0% (60–81\u00a0%) 31.12.2026; målet er 100\u00a0%.",
        ),
        (
            "nn",
            "Med farten dei siste 90 dagane (+4\u00a0pp per månad) vil framdrifta vere på "
            "72\u00a0% (60–81\u00a0%) 31.12.2026; målet er 100\u00a0%.",
        ),
        (
            "en",
            "At the pace of the last 90 days (+4\u00a0pp a month) progress will be 72% "
            "(60–81%) on 31 Dec 2026; the target is 100%.",
        ),
    ],
)
def test_the_sentence_explains_the_projection_in_each_language(lang, expected):
    assert forecast.progress_sentence(_example(), Translator(lang)) == expected


def test_a_range_that_shows_as_one_figure_is_not_written_twice():
    text = forecast.progress_sentence(_example(low=72.1, high=72.4), Translator("nb"))
    assert "vil fremdriften være på 72\u00a0% 31.12.2026" in text


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"state": "reached", "current": 100.0}, "Fremdriften er 100\u00a0%: målet er nådd."),
        (
            {"state": "ended", "current": 80.0},
            "Planperioden endte 31.12.2026 med fremdrift 80\u00a0%; målet var 100\u00a0%.",
        ),
        (
            {"state": "too_little", "value": None, "points": 2},
            "For lite data til en prognose: den trenger rapporter på minst 3 datoer over "
            "minst 30 dager (har 2 over 90 dager).",
        ),
    ],
    ids=["reached", "ended", "too little"],
)
def test_the_sentence_of_each_state_without_a_projection(changes, expected):
    assert forecast.progress_sentence(_example(**changes), Translator("nb")) == expected


def test_a_targets_sentence_names_its_metric_channel_and_direction():
    kpi = pd.Series({"metric": "mentions", "channel": "Media"})
    target = _example(target=45.0, current=38.0, value=47.2, low=45.5, high=48.8,
                      slope=4.6 / DAYS_PER_MONTH, state="on_track")  # fmt: skip
    assert forecast.target_sentence(kpi, target, Translator("nb")) == (
        "Omtaler, Media: med farten de siste 90 dagene fram til 30.06.2026 (+4,6 per måned) "
        "blir det 47 (46–49) 31.12.2026; målet er 45."
    )
    down = _example(target=45.0, direction="down", state="reached", current=40.0)
    assert forecast.target_sentence(kpi, down, Translator("en")) == (
        "Mentions, Media: 40; the target is at most 45, and it is reached."
    )


def test_every_state_has_an_icon_and_a_word_in_each_language():
    for state in forecast.STATES:
        for lang in ("nb", "nn", "en"):
            text = forecast.badge(_example(state=state), Translator(lang))
            assert text.startswith(forecast.ICONS[state] + " ") and len(text) > 4


# Targets' figures -----------------------------------------------------------------------


def test_a_flows_figures_add_up_from_the_end_of_each_period():
    months = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2026-01-01", "2026-02-01", "2026-03-01"]),
            "period_end": pd.to_datetime(["2026-01-31", "2026-02-28", "2026-03-31"]),
            "value": [100.0, 100.0, 100.0],
        }
    )
    kpi = pd.Series({"metric": "visitors", "target": 1000.0, "direction": "up"})
    result = forecast.project_figures(months, kpi, START, dt.date(2026, 12, 31))
    assert (result.current, result.as_of, result.points) == (300.0, dt.date(2026, 3, 31), 3)
    # About 100 a month from the end of March to the end of December: about 1 200.
    assert result.value == pytest.approx(300 + 9 * 100, rel=0.1)
    assert result.state == "on_track"


# Against the database ------------------------------------------------------------------


def test_a_targets_current_figure_is_the_one_the_targets_table_shows(demo_db):
    from dashboard import queries

    filters = queries.Filters("his-2025", START, dt.date(2026, 11, 23))
    current = forecast.target_forecasts(demo_db, filters)
    assert current, "the demo has targets for 2026"
    kpis = queries.goal_kpis(demo_db, filters)
    for kpi, result in current:
        row = kpis[(kpis["goal_id"] == kpi["goal_id"]) & (kpis["metric"] == kpi["metric"])]
        assert result.current == row.loc[pd.to_datetime(row["period_start"]).dt.year == 2026,
                                         "actual"].item()  # fmt: skip


def _expected_progress(db, goal_id: str, plan_start: dt.date, as_of: dt.date, end: dt.date):
    """The goal's forecast computed here from its measures' rows: the weighted progress on
    each day (cancelled left out, done 100 %, none yet 0 %), the window, numpy's fit."""
    rows = db.sql(
        "SELECT m.id, m.weight, su.update_date, su.id AS su_id, su.status, su.progress "
        "FROM measure m JOIN status_update su ON su.measure_id = m.id "
        "WHERE m.goal_id = $g AND m.archived_at IS NULL AND m.weight > 0 "
        "AND su.update_date <= $d ORDER BY su.update_date, su.id",
        {"g": goal_id, "d": as_of},
    )
    weights = db.sql(
        "SELECT id, weight FROM measure WHERE goal_id = $g AND archived_at IS NULL AND weight > 0",
        {"g": goal_id},
    )
    reports = sorted(set(pd.to_datetime(rows["update_date"]).dt.date))
    if len(reports) < 3:
        return {"reports": len(reports)}
    start = max(as_of - dt.timedelta(days=90), plan_start)
    if sum(1 for d in reports if start <= d <= as_of) < 3:
        start = min(start, reports[-3])
    days = pd.date_range(start, as_of, freq="D")
    total = np.zeros(len(days))
    counted = np.zeros(len(days))
    for measure, weight in weights.itertuples(index=False):
        mine = rows[rows["id"] == measure].groupby("update_date").last()  # a day's last
        mine.index = pd.to_datetime(mine.index)
        state = mine.reindex(mine.index.union(days)).ffill().reindex(days)
        status = state["status"].fillna("not_started")
        progress = state["progress"].astype(float).fillna(0.0).clip(0, 100)
        progress = progress.where(status != "done", 100.0)
        counts = (status != "cancelled").to_numpy()
        total += np.where(counts, weight * progress.to_numpy(), 0.0)
        counted += np.where(counts, weight, 0.0)
    values = total / counted
    half = len(values) // 2
    paces = [np.polyfit(np.arange(len(v)), v, 1)[0] for v in (values, values[:half], values[half:])]
    left = (end - as_of).days
    now = values[-1]
    at = [min(100.0, max(0.0, now + p * left)) for p in paces]
    return {"now": now, "value": at[0], "low": min(at), "high": max(at), "pace": paces[0],
            "days": (as_of - start).days, "reports": len(reports)}  # fmt: skip


HO21_AS_OF = dt.date(2021, 6, 30)
HO21_START, HO21_END = dt.date(2020, 1, 1), dt.date(2021, 12, 31)


def test_mal_says_the_goals_forecast_with_the_figures_computed_from_the_rows(demo_env):
    from dashboard.ui import state
    from tests.helpers import run_page, texts

    at = run_page("pages/mal.py", plan="ho21-2020", goal="ho21-g1", to=HO21_AS_OF.isoformat())
    expected = _expected_progress(state.database(), "ho21-g1", HO21_START, HO21_AS_OF, HO21_END)
    t = Translator("nb")
    low, high = t.number(expected["low"]), t.percent(expected["high"])
    sentence = (
        f"Med farten de siste {expected['days']} dagene "
        f"({t.points(expected['pace'] * DAYS_PER_MONTH)} per måned) vil fremdriften være på "
        f"{t.percent(expected['value'])} ({low}–{high}) 31.12.2021; målet er 100\u00a0%."
    )
    assert sentence in texts(at)
    assert "Prognose" in texts(at)
    assert len(at.get("plotly_chart")) == 2  # the forecast is drawn on the progress chart


def test_oversikt_flags_the_goals_likely_to_miss_with_figures_from_the_rows(demo_env):
    from dashboard.ui import state
    from tests.helpers import plain, run_page

    at = run_page(plan="ho21-2020", to=HO21_AS_OF.isoformat())
    db = state.database()
    table = next(d.value for d in at.dataframe if "Vurdering" in d.value.columns)
    goals = db.sql("SELECT id, title FROM goal WHERE plan_id = 'ho21-2020' ORDER BY sort_order")
    assert table["Mål"].tolist() == goals["title"].tolist()
    t = Translator("nb")
    shown = table.set_index("Mål")
    flagged = []
    for goal_id, title in goals.itertuples(index=False):
        expected = _expected_progress(db, goal_id, HO21_START, HO21_AS_OF, HO21_END)
        if expected["reports"] < 3:
            assert shown.loc[title, "Vurdering"] == "? For lite data"
            continue
        assert shown.loc[title, "Prognose 31.12.2021"] == t.percent(expected["value"])
        low, high = t.number(expected["low"]), t.percent(expected["high"])
        span = high if low == t.number(expected["high"]) else f"{low}–{high}"
        assert shown.loc[title, "Spenn"] == span
        if round(expected["high"]) < 100:
            assert shown.loc[title, "Vurdering"] == "↘ Vil trolig ikke nås"
            flagged.append(title)
    assert flagged, "the demo should have a goal likely to miss in mid-2021"
    # one line with the count; the goals listed under it, each with its forecast
    n = len(flagged)
    if n > 1:
        assert f"{n} av {len(goals)} mål vil trolig ikke nås innen 31.12.2021." in [
            plain(w.value) for w in at.warning
        ]
        (listed,) = [
            plain(e.markdown[0].value)
            for e in at.expander
            if e.label == f"Hvilke mål ({n})" and "%" in e.markdown[0].value
        ]
        assert [line.rsplit(" (", 1)[0] for line in listed.split("\n")] == [
            f"- {title}" for title in flagged
        ]
    else:
        warning = next(plain(w.value) for w in at.warning if "Vil trolig ikke nås" in w.value)
        assert flagged[0] in warning


def test_a_level_such_as_trust_is_projected_from_its_latest_figure_not_a_sum():
    surveys = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2026-01-01", "2026-04-01", "2026-07-01"]),
            "period_end": pd.to_datetime(["2026-03-31", "2026-06-30", "2026-09-30"]),
            "value": [60.0, 62.0, 64.0],
        }
    )
    kpi = pd.Series({"metric": "trust", "target": 70.0, "direction": "up"})
    result = forecast.project_figures(surveys, kpi, START, dt.date(2026, 12, 31))
    assert result.current == 64.0  # the latest survey, not 186
    # The 90 days up to 30.09 hold one survey, so the window reaches back to the
    # third-latest (31.03): +2 a quarter, 92 days left: about 66, short of 70.
    assert result.value == pytest.approx(66, abs=1) and result.state == "miss"


def test_oversikts_row_shows_a_range_that_rounds_to_one_figure_once():
    goals = pd.DataFrame({"id": ["a", "b", "c"], "title": ["Steady", "Wide", "Unknown"]})
    forecasts = {
        "a": _example(value=71.2, low=70.9, high=71.4),
        "b": _example(),
        "c": _example(state="too_little", value=None, low=None, high=None),
    }
    table = forecast.overview_table(goals, forecasts, Translator("nb"), dt.date(2026, 12, 31))
    assert table["Spenn"].tolist() == ["71\u00a0%", "60–81\u00a0%", "–"]
    assert table["Prognose 31.12.2026"].tolist() == ["71\u00a0%", "72\u00a0%", "–"]
    assert table["Vurdering"].tolist() == ["↘ Vil trolig ikke nås"] * 2 + ["? For lite data"]


def test_the_chart_draws_the_projection_dashed_with_its_range_and_says_it_in_words():
    from dashboard import charts
    from dashboard.chart_alt import describe

    t = Translator("nb")
    series = pd.DataFrame({"date": [START, _example().as_of], "progress": [0.0, 47.0]})
    figure = charts.progress_over_time(series, t)
    charts.add_projection(figure, forecast.projection_line(_example()), t,
                          name="Prognose", band_name="Spenn")  # fmt: skip
    line = next(trace for trace in figure.data if trace.name == "Prognose")
    assert line.line.dash == "dash"
    assert list(line.y) == [47.0, 72.2]
    band = next(trace for trace in figure.data if trace.name == "Spenn")
    assert band.fill == "tonexty" and list(band.y) == [47.0, 80.9]
    sentence, _table = describe(figure, t)
    assert "31.12.2026: Prognose 72\u00a0% (60–81\u00a0%)" in sentence
    assert "30.06.2026: Verdi 47\u00a0%, Prognose 47\u00a0%;" in sentence  # no range today


@pytest.mark.parametrize("plan_id", ["his-2025", "ho21-2020"])
def test_the_forecasts_series_holds_the_progress_charts_values(demo_db, plan_id):
    from dashboard import queries

    plan = queries.plans(demo_db).set_index("id").loc[plan_id]
    start = pd.Timestamp(plan["period_start"]).date()
    end = min(pd.Timestamp(plan["period_end"]).date(), dt.date(2026, 11, 23))
    every = queries.progress_series(demo_db, queries.Filters(plan_id, start, end), per_goal=True)
    for goal_id in queries.goals(demo_db, plan_id)["id"]:
        chart = queries.goal_progress_over_time(
            demo_db, queries.Filters(plan_id, start, end, goal_id=goal_id)
        )
        mine = every[every["goal_id"] == goal_id]
        steps = list(zip(mine["date"], mine["progress"], strict=True))
        values = forecast.daily_values(steps, start, end)
        for day, progress in zip(chart["date"], chart["progress"], strict=True):
            assert values[(day - start).days] == pytest.approx(progress), (goal_id, day)
