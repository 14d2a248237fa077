"""Mål — one goal: its measures, its progress over time, the timeline of due dates."""

import streamlit as st

from dashboard import cells, charts, queries, tables
from dashboard.inert import md
from dashboard.ui import cached, deps, editors, frame, layout, outcome, programmes, sections
from dashboard.ui import forecast as forecast_ui
from dashboard.ui.state import sidebar_filters

#: A goal title longer than this is drawn smaller as the page's title (layout.py).
LONG_TITLE = 60

t = frame.page()
view = sidebar_filters(t, goal="required")
if view is not None and view.filters.goal_id is None:
    sections.page_header(view, t("goal.title"))
    st.info(t("goal.no_goals"))
elif view is not None:
    db, filters = view.db, view.filters
    goal = queries.goals(db, filters.plan_id).set_index("id").loc[filters.goal_id]
    states = cached.measure_states(db, filters)

    with st.container(
        key="goal_title_long" if len(str(goal["title"])) > LONG_TITLE else "goal_title"
    ):
        sections.page_header(view, f"{t('goal.title')}: {md(goal['title'])}")
    if description := cells.text(goal["description"]):
        st.markdown(f"_{md(description)}_")
    programmes.goal_thread(view)
    sections.status_kpis(view, states)
    outcome.goal_sides(view, states)
    forecast_ui.goal_forecast(view)
    programmes.goal_children(view)

    st.subheader(t("goal.measures"))
    if states.empty:
        st.info(t("common.no_measures"))
    else:
        layout.measures(
            "measures",
            tables.measures(states, t, goal=False, waiting=True),
            states,
            t,
            sections.table,
            status_columns=(t("col.status"),),
            wide_columns=(t("deps.col.waiting_for"),),
            download_name="tiltak",
        )
        sections.status_legend(view)
        deps.chain(view, states)

        left, right = st.columns(2)
        with left:
            st.subheader(t("goal.over_time"))
            series = cached.goal_progress_over_time(db, filters)
            forecast_ui.progress_chart(view, series)
        with right:
            st.subheader(t("goal.timeline"))
            sections.chart(charts.due_timeline(states, filters.end, t))

    editors.goal_editors(view, goal["title"])

    kpis = cached.goal_kpis(db, filters)
    if not kpis.empty:
        st.subheader(t("goal.kpis"))
        sections.table(outcome.kpi_table(view, kpis), download_name="resultatmaal")

    history, total, illustrative = queries.latest_status_history(db, filters, sections.HISTORY_ROWS)
    with st.expander(f"{t('goal.history')} ({total})"):
        if total > len(history):
            shown = t.number(len(history))
            st.caption(t("perf.history_latest", shown=shown, total=t.number(total)))
        sections.table(
            tables.history(history, t),
            status_columns=(t("col.status"),),
            download_name="statushistorikk",
            download_all=lambda: tables.history(queries.status_history(db, filters), t),
        )
    sections.illustrative_note(view, states, elsewhere=illustrative)
