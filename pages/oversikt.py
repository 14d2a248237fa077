"""Oversikt — the board screen: progress per goal, statuses, what is late, what changed."""

import streamlit as st

from dashboard import charts, queries, tables
from dashboard.ui import (
    board_sections,
    cached,
    editors,
    frame,
    outcome,
    paint,
    programmes,
    publish,
    sections,
)
from dashboard.ui import forecast as forecast_ui
from dashboard.ui.state import sidebar_filters

#: Streamlit's browser code for what the second pass draws and the first does not: the
#: filters, the charts (Vega), the tables, the links and the downloads.
SECOND_PASS_CODE = (
    "Selectbox",
    "DateInput",
    "ArrowVegaLiteChart",
    "embed",
    "DataFrame",
    "Quiver",
    "arrowFormatUtils",
    "Table",
    "PageLink",
    "DownloadButton",
)

t = frame.page()
# the filters' values now, their widgets once the page knows whether this run is a large
# plan's first pass, which shows the key figures without them (ui/paint.py)
view = sidebar_filters(t, later=True)
if view is not None:
    db, filters = view.db, view.filters
    states = cached.measure_states(db, filters)
    first_pass = paint.first_pass(view, len(states))  # (draws the filters on a whole page)
    if not first_pass:
        baseline = board_sections.baseline_filter(view)

    sections.page_header(view, t("overview.title"))
    publish.oversikt_link(view)
    sections.status_kpis(view, states)
    if first_pass:
        paint.rest_to_come(view, SECOND_PASS_CODE)
        st.stop()  # the filters, the charts and the lists come in the second run

    # the key figures need only the states: what the rest needs is read after them
    summary = outcome.with_outcomes(view, queries.goal_summary(db, filters, states))

    if states.empty:
        st.info(t("common.no_measures"))
    left, right = st.columns(2)
    with left:
        st.subheader(t("overview.per_goal"))
        sections.bar_chart(charts.goal_progress(summary, t))
        sections.goal_links(view, summary)
    with right:
        st.subheader(t("overview.status_counts"))
        sections.bar_chart(charts.status_by_group(summary, "goal_title", t))
    sections.status_legend(view)
    sections.table(tables.goal_summary(summary, t), download_name="fremdrift-per-maal")
    outcome.overview_warnings(view, summary)
    forecast_ui.overview_forecasts(view)
    editors.goals_editor(view)
    programmes.programme_section(view)

    sections.measure_list(
        view,
        t("overview.overdue_list"),
        states[states["overdue"]],
        t("overview.none_overdue"),
        "forfalte-tiltak",
    )
    sections.measure_list(
        view,
        t("overview.attention_list"),
        states[states["attention"]],
        t("overview.none_attention"),
        "risiko-tiltak",
    )
    board_sections.stale_list(view, states, queries.cadence_days(db, filters.plan_id))
    board_sections.since_section(view, states, baseline)
    sections.illustrative_note(view, states)
