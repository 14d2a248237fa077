"""Ansvarlige — the workload per owner: open measures by status, overdue, due soon."""

import streamlit as st

from dashboard import charts, metrics, queries, tables
from dashboard.inert import md
from dashboard.labels import OPEN_STATUS_IDS
from dashboard.ui import (
    board_sections,
    cached,
    editors,
    frame,
    layout,
    owner_link_admin,
    remind,
    sections,
)
from dashboard.ui.state import sidebar_filters

t = frame.page()
view = sidebar_filters(t)
if view is not None:
    db, filters = view.db, view.filters
    states = cached.measure_states(db, filters)
    sections.page_header(view, t("owners.title"))
    if states.empty:
        st.info(t("common.no_measures"))
    else:
        workload = queries.owner_workload(states, filters.end)
        st.subheader(t("owners.open_by_status"))
        sections.chart(charts.status_by_group(workload, "owner", t, OPEN_STATUS_IDS))
        sections.status_legend(view)
        st.subheader(t("owners.table"))
        sections.table(
            tables.workload(workload, t, metrics.DUE_HORIZONS), download_name="ansvarlige"
        )
        if filters.owner_id is None:
            sections.owner_links(view, workload)

        sections.kpis(
            [
                (
                    t("owners.due_soon", days=days),
                    t.number(len(metrics.due_within(states, filters.end, days))),
                    None,
                )
                for days in metrics.DUE_HORIZONS
            ]
        )
        horizon = metrics.DUE_HORIZONS[-1]
        due = metrics.due_within(states, filters.end, horizon).sort_values("due_date")
        if not due.empty:
            st.subheader(t("owners.due_soon", days=horizon))
            sections.long_table(
                tables.measures(due, t), "frister", status_columns=(t("col.status"),)
            )

        board_sections.reminders(view, states, board_sections.last_meeting_baseline(view))
        remind.section(view)  # e-mail them (the secretariat)

        if filters.owner_id is None:
            st.info(t("owners.pick"))
        else:
            owner_name = states["owner"].iloc[0]
            st.subheader(t("owners.list", owner=md(owner_name)))
            layout.measures(
                "owner_measures",
                tables.measures(states, t, owner=False, waiting=True),
                states,
                t,
                sections.table,
                status_columns=(t("col.status"),),
                wide_columns=(t("deps.col.waiting_for"),),
                download_name="ansvarlig-tiltak",
            )
    owner_link_admin.links_section(view)
    editors.owners_editor(view)
    sections.illustrative_note(view, states)
