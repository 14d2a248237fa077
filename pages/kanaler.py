"""Kanaler — every channel's headline figure side by side, the coverage of target groups
by channel, then one metric in detail: over time, internal against external, by group."""

import streamlit as st

from dashboard import charts, queries, tables
from dashboard.inert import md
from dashboard.labels import STOCK_METRICS, metric_word
from dashboard.ui import cached, editors, frame, sections
from dashboard.ui.channel_cards import channel_cards
from dashboard.ui.coverage import coverage_section
from dashboard.ui.state import grain_filter, option_filter, preset, sidebar_filters

#: The detail's default metric of the previous run (see below).
_SHOWN_DEFAULT = "_channels_detail_default"

t = frame.page()
view = sidebar_filters(t, goal="none", owner=False)
if view is not None:
    db, filters = view.db, view.filters
    grain = grain_filter(view)
    headlines = cached.channel_headlines(db, filters)
    metric_ids = cached.metric_ids(db, filters.plan_id)
    default = queries.detail_metric(headlines, metric_ids)
    # The detail opens on a metric the shown channels have figures for; when the
    # filters change that default, a metric nobody picked follows it.
    before = st.session_state.get(_SHOWN_DEFAULT)
    if before not in (None, default) and st.session_state.get("filter_metric") == before:
        preset("metric", default)
    st.session_state[_SHOWN_DEFAULT] = default
    metric = None
    if metric_ids:
        metric = option_filter(
            view, "metric", t("filter.metric"), metric_ids,
            lambda m: metric_word(m, t.lang), default=default,
        )  # fmt: skip
    sections.page_header(view, t("channels.title"))
    channel_cards(view, headlines)
    coverage_section(view)

    st.divider()
    st.subheader(t("channels.head.detail"))
    rows = cached.channel_metric_series(db, filters, grain, metric)
    if rows.empty:
        st.info(t("channels.no_data"))
    else:
        name = md(metric_word(metric, t.lang))
        st.subheader(t("channels.over_time", metric=name))
        if metric in STOCK_METRICS:
            st.caption(t("channels.stock_note", metric=name))
        sections.chart(charts.channel_lines(rows, metric, grain, t))

        left, right = st.columns(2)
        with left:
            st.subheader(t("channels.scope"))
            by_scope = queries.scope_series(rows, metric)
            by_scope["scope_name"] = [t("scope." + s) for s in by_scope["scope"]]
            sections.chart(
                charts.grouped_bars(by_scope, "bucket", metric, t, by="scope_name", grain=grain)
            )
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
            tables.channel_figures(rows, metric, grain, t), download_name=f"kanaltall-{metric}"
        )

    kpis = cached.goal_kpis(db, filters)
    if not kpis.empty:
        st.subheader(t("channels.kpis"))
        sections.table(tables.kpis(kpis, t), download_name="resultatmaal")
    editors.channel_editors(view)
    editors.levels_editor(view)
    sections.illustrative_note(
        view, headlines, elsewhere=cached.channel_series_illustrative(db, filters, grain)
    )
