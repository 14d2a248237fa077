"""Oversikt's bar charts drawn by Vega-Lite: the same bars, figures, legend and hover as
the plotly figure they are made from (dashboard/chart_vega.py)."""

from __future__ import annotations

import pandas as pd

from dashboard import chart_vega, charts
from dashboard.i18n import Translator
from dashboard.labels import DISPLAY_STATUSES

TITLES = ["Tydeligere profil", "Økt tillit <b>nå</b> & alltid", "Brukermedvirkning"]


def _summary() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "goal_title": TITLES,
            "progress": [95, None, 40],
            "on_track": [2, 0, 1],
            "at_risk": [1, 3, 0],
            "delayed": [0, 0, 0],
            "not_started": [0, 1, 0],
            "stale": [0, 0, 0],
            "done": [1234, 0, 2],
            "cancelled": [0, 0, 0],
        }
    )


def _bars(spec: dict) -> list[dict]:
    return list(spec["data"]["values"])


def test_goal_progress_draws_a_track_and_each_goals_bar_with_its_percent():
    t = Translator("nb")
    spec = chart_vega.bar_spec(charts.goal_progress(_summary(), t))
    rows = _bars(spec)
    track, bars = rows[:3], rows[3:]
    assert [row["x1"] for row in track] == [100, 100, 100]
    assert [row["c"] for row in track] == [charts.TRACK_COLOR] * 3
    assert [row["h"] for row in track] == [None, None, None]  # no hover on the track
    # goals in plan order, the title whole in the hover, tags shown as text
    assert [row["x1"] for row in bars] == [95, 0, 40]
    assert [row["t"] for row in bars] == ["95\u00a0%", "–", "40\u00a0%"]
    assert [row["h"] for row in bars] == [
        "Tydeligere profil: 95\u00a0%",
        "Økt tillit <b>nå</b> & alltid: –",
        "Brukermedvirkning: 40\u00a0%",
    ]
    # inside the bar where it is long enough (white), beside it where not (dark)
    assert [(row["p"], row["tc"]) for row in bars] == [
        ("end", "white"),
        ("out", chart_vega.DARK_TEXT),
        ("out", chart_vega.DARK_TEXT),
    ]
    layer = spec["layer"][0]["encoding"]
    assert layer["x"]["scale"]["domain"] == [0, 100]
    assert layer["x"]["axis"]["values"] == [0, 50, 100]
    assert layer["x"]["axis"]["labelExpr"] == "datum.label + '\u00a0%'"
    assert layer["color"]["legend"] is None  # one series: no legend, as in plotly


def test_status_counts_stack_in_the_plotly_order_with_its_legend_and_colours():
    t = Translator("en")
    figure = charts.status_by_group(_summary(), "goal_title", t)
    spec = chart_vega.bar_spec(figure)
    rows = _bars(spec)
    shown = [s for s in DISPLAY_STATUSES if any(row["s"] == s.badge("en") for row in rows)]
    legend = spec["layer"][0]["encoding"]["color"]
    assert legend["legend"]["values"] == [trace.name for trace in figure.data]
    assert legend["scale"]["range"] == [s.color for s in shown]
    # each goal's segments follow one another from 0 to its number of measures
    first = [row for row in rows if row["y"] == "Tydeligere profil"]
    assert [row["x0"] for row in first] == [0, 0, 2, 3]  # not started (0), on track …
    assert first[-1]["x1"] == 1237
    done = next(row for row in first if row["s"] == "✔ Done")
    assert done["t"] == "1234" and done["p"] == "middle"
    assert done["h"] == "Tydeligere profil · ✔ Done: 1,234"
    # a long title keeps its line breaks on the axis, its tags shown, not read
    assert {row["y"] for row in rows} == {
        "Tydeligere profil",
        "Økt tillit <b>nå</b> &\nalltid",
        "Brukermedvirkning",
    }


def test_numbers_follow_the_language():
    t = Translator("nb")
    spec = chart_vega.bar_spec(charts.status_by_group(_summary(), "goal_title", t))
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert spec["config"]["locale"]["number"]["thousands"] == "\u00a0"
    done = next(row for row in _bars(spec) if row["s"] == "✔ Fullført" and row["x1"] > 1000)
    assert done["h"].endswith(": 1\u00a0234")


def test_a_view_without_goals_draws_empty_charts_without_a_legend():
    t = Translator("nb")
    empty = _summary().iloc[0:0]
    for figure in (charts.goal_progress(empty, t), charts.status_by_group(empty, "goal_title", t)):
        spec = chart_vega.bar_spec(figure)
        assert spec["data"]["values"] == []
        assert spec["layer"][0]["encoding"]["color"]["legend"] is None
        assert spec["height"] >= 100
