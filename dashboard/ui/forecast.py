"""The pace forecast on the pages: the sentences on Mål, the chart's dashed continuation,
and Oversikt's table with the goals likely to miss (maths and words: dashboard/forecast.py).

Each page calls one function of this module, so the forecast's place on a page is one line.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import charts, forecast, queries
from dashboard.db import Database
from dashboard.forecast import Forecast
from dashboard.inert import md
from dashboard.queries import Filters
from dashboard.ui import notices, sections
from dashboard.ui.state import View

#: Entries per cache; a key is a (file, version, view) triple, so old ones age out.
_ENTRIES = 64


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _goal_forecasts(
    _db: Database,
    key: tuple[str, int],
    filters: Filters,
    meeting_id: int | None,
    recorded_at: dt.datetime | None,
    goal_ids: tuple[str, ...] | None,
) -> dict[str, Forecast]:
    return forecast.goal_forecasts(
        _db,
        filters,
        meeting_id=meeting_id,
        recorded_at=recorded_at,
        goal_ids=None if goal_ids is None else list(goal_ids),
    )


def goal_forecasts(
    db: Database,
    filters: Filters,
    *,
    meeting_id: int | None = None,
    recorded_at: dt.datetime | None = None,
    goal_ids: list[str] | None = None,
) -> dict[str, Forecast]:
    """:func:`dashboard.forecast.goal_forecasts`, cached on the data version (a meeting's
    frozen forecast too: the key holds the meeting and when it was recorded)."""
    ids = None if goal_ids is None else tuple(goal_ids)
    return _goal_forecasts(db, (db.path, db.version), filters, meeting_id, recorded_at, ids)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _target_forecasts(
    _db: Database, key: tuple[str, int], filters: Filters
) -> list[tuple[pd.Series, Forecast]]:
    return forecast.target_forecasts(_db, filters)


def goal_forecast(view: View) -> None:
    """Mål: the goal's forecast (and its current targets') as sentences, state first."""
    t, filters = view.t, view.filters
    goal_id = filters.goal_id
    mine = goal_forecasts(view.db, filters).get(goal_id) if goal_id else None
    if mine is None:
        return
    lines = [f"**{forecast.badge(mine, t)}** · {md(forecast.progress_sentence(mine, t))}"]
    for kpi, target in _target_forecasts(view.db, (view.db.path, view.db.version), filters):
        lines.append(
            f"**{forecast.badge(target, t)}** · {md(forecast.target_sentence(kpi, target, t))}"
        )
    with st.container(key="forecast_goal"):
        st.markdown(f"**{t('forecast.heading')}**")
        for line in lines:
            st.markdown(line)
        st.caption(
            t(
                "forecast.method",
                days=t.number(forecast.WINDOW_DAYS),
                min_points=t.number(forecast.MIN_POINTS),
            )
        )


def progress_chart(view: View, series: pd.DataFrame) -> None:
    """Mål: the goal's progress over time with the forecast drawn on: dashed, with its range."""
    t, filters = view.t, view.filters
    figure = charts.progress_over_time(series, t)
    mine = goal_forecasts(view.db, filters).get(filters.goal_id) if filters.goal_id else None
    if mine is not None and mine.projected:
        figure.data[0].update(name=t("forecast.chart.actual"), showlegend=True)
        charts.add_projection(
            figure,
            forecast.projection_line(mine),
            t,
            name=t("forecast.chart.projection"),
            band_name=t("forecast.chart.range"),
        )
    sections.chart(figure)


def overview_forecasts(view: View) -> None:
    """Oversikt: the goals likely to miss, flagged, and each goal's forecast in a table."""
    t, filters = view.t, view.filters
    end = view.plan["period_end"]
    forecasts = goal_forecasts(view.db, filters)
    if not forecasts or pd.isna(end):
        return
    goal_rows = queries.goals(view.db, filters.plan_id)
    if filters.goal_id:
        goal_rows = goal_rows[goal_rows["id"] == filters.goal_id]
    st.subheader(t("forecast.overview.heading"))
    flagged = [
        f"{title} ({t.percent(forecasts[goal_id].value)})"
        for goal_id, title in goal_rows[["id", "title"]].itertuples(index=False)
        if goal_id in forecasts and forecasts[goal_id].flagged
    ]
    if flagged:
        n = t.number(len(flagged))
        notices.named_warning(
            t("look14.flagged_count", n=n, total=t.number(len(goal_rows)), end=t.date(end)),
            flagged,
            which=t("look14.which_goals", n=n),
            icon=":material/trending_down:",
            single=md(t("forecast.overview.flagged", end=t.date(end), goals=flagged[0])),
        )
    sections.table(
        forecast.overview_table(goal_rows, forecasts, t, end), download_name="prognose-per-maal"
    )
    st.caption(
        t(
            "forecast.method",
            days=t.number(forecast.WINDOW_DAYS),
            min_points=t.number(forecast.MIN_POINTS),
        )
    )
