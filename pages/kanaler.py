"""Kanaler — reach per channel over time, internal against external, by target group."""

import streamlit as st

from dashboard import charts, queries, tables
from dashboard.inert import md
from dashboard.labels import STOCK_METRICS, metric_word
from dashboard.ui import cached, editors, frame, sections
from dashboard.ui.state import grain_filter, metric_filter, sidebar_filters

t = frame.page()
view = sidebar_filters(t, goal="none", owner=False)
if view is not None:
    db, filters = view.db, view.filters
    grain = grain_filter(view)
    metric = metric_filter(
        view, cached.metric_ids(db, filters.plan_id), lambda m: metric_word(m, t.lang)
    )
    sections.page_header(view, t("channels.title"))
    series = cached.channel_series(db, filters, grain)
    rows = series[series["metric"] == metric] if metric else series.iloc[0:0]
    if rows.empty:
        st.info(t("channels.no_data"))
    else:
        name = md(metric_word(metric, t.lang))
        st.subheader(t("channels.over_time", metric=name))
        if metric in STOCK_METRICS:
            st.caption(t("channels.stock_note", metric=name))
        sections.chart(charts.channel_lines(series, metric, grain, t))

        left, right = st.columns(2)
        with left:
            st.subheader(t("channels.scope"))
            by_scope = queries.scope_series(series, metric)
            by_scope["period"] = [t.period(b, grain) for b in by_scope["bucket"]]
            by_scope["scope_name"] = [t("scope." + s) for s in by_scope["scope"]]
            sections.chart(charts.grouped_bars(by_scope, "period", metric, t, by="scope_name"))
        with right:
            st.subheader(t("channels.by_audience", metric=name))
            by_audience = queries.total_by(rows[rows["audience"] != ""], metric, "audience")
            if by_audience.empty:
                st.info(t("channels.no_audience"))
            else:
                sections.chart(
                    charts.grouped_bars(by_audience, "audience", metric, t, horizontal=True)
                )

        st.subheader(t("channels.table"))
        sections.table(
            tables.channel_figures(series, metric, grain, t), download_name=f"kanaltall-{metric}"
        )

    kpis = cached.goal_kpis(db, filters)
    if not kpis.empty:
        st.subheader(t("channels.kpis"))
        sections.table(tables.kpis(kpis, t), download_name="resultatmaal")
    editors.channel_editors(view)
    sections.illustrative_note(view, series)
