"""Sections and widgets the pages share: headers, tables, charts, notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import chart_vega, exports, queries, tables
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.labels import COMPLETE_STATUSES, DISPLAY_STATUSES
from dashboard.queries import plan_bounds, plan_progress
from dashboard.ui import chart_text, layout
from dashboard.ui.state import View, translator

#: No toolbar: on a phone it covers the legend, and nobody zooms a board chart.
_CHART_CONFIG = {"displaylogo": False, "displayModeBar": False, "responsive": True}
#: Longer tables are shown without status colours (each status still has its icon):
#: pandas' Styler works cell by cell and would cost seconds on a region's tables.
STYLED_ROWS = 100
#: Status updates listed on a page (newest first); the downloads hold them all.
HISTORY_ROWS = 500
#: Rows a long list of measures or changes shows until "Vis alle" is pressed: the
#: browser lays out and measures every row it is sent (an 800-row table costs it about
#: two seconds, before the page's first figure is drawn); the downloads hold them all.
LIST_ROWS = 25


def page_header(view: View, title: str) -> None:
    """Page title, plan, organisation, period and the date the status is shown for."""
    t, plan, filters = view.t, view.plan, view.filters
    st.title(title)
    period = t(
        "common.plan_period", start=t.date(plan["period_start"]), end=t.date(plan["period_end"])
    )
    st.markdown(f"**{md(plan['name'])}** · {md(plan['organisation'])} · {period}")
    st.caption(t("common.as_of", date=t.date(filters.end)))
    _lo, _hi, default_end = plan_bounds(plan, view.today)
    if default_end < view.today and filters.end == default_end:
        st.caption(t("common.plan_closed"))


def illustrative_note(view: View, *frames: pd.DataFrame, elsewhere: bool = False) -> None:
    """Say so when anything shown is generated demo data (``elsewhere``: known already)."""
    if elsewhere or any(
        "illustrative" in f.columns and bool(f["illustrative"].any()) for f in frames
    ):
        st.caption(":material/info: " + view.t("common.illustrative"))


def status_legend(view: View) -> None:
    """The status words with their icons and colours, as one line."""
    parts = [f":{s.markdown_color}[**{s.icon}**] {s.word(view.t.lang)}" for s in DISPLAY_STATUSES]
    st.markdown(" · ".join(parts))


def _status_style(value: str) -> str:
    for s in DISPLAY_STATUSES:
        if isinstance(value, str) and value.startswith(s.icon):
            return f"color: {s.text_color}; font-weight: 600"
    return ""


def table(
    frame: pd.DataFrame,
    *,
    status_columns: tuple[str, ...] = (),
    height: int | Literal["auto", "stretch", "content"] = "auto",
    download_name: str | None = None,
    download_all: Callable[[], pd.DataFrame] | None = None,
    wide_columns: tuple[str, ...] = (),
) -> None:
    """A read-only table; status columns coloured; with ``download_name``, CSV and Excel too.

    ``wide_columns`` get room for their text (a column that is mostly empty would
    otherwise be drawn too narrow to read its few values).

    ``download_all`` gives the whole table when the one shown is a part of it (the
    downloads then hold every row, fetched when a button is pressed).
    """
    config = {c: st.column_config.TextColumn(width="large") for c in wide_columns if c in frame}
    first = frame.columns[0] if len(frame.columns) else None
    if first in title_columns(translator()) and first not in config:
        config[first] = st.column_config.TextColumn(width="medium")
    if status_columns and len(frame) <= STYLED_ROWS:
        styled = frame.style.map(_status_style, subset=[c for c in status_columns if c in frame])
        st.dataframe(styled, hide_index=True, width="stretch", height=height, column_config=config)
    else:
        st.dataframe(frame, hide_index=True, width="stretch", height=height, column_config=config)
    if download_name and not frame.empty:
        downloads(download_all or (lambda: frame), download_name)


def title_columns(t: Translator) -> tuple[str, ...]:
    """Names of a first column of titles (goal, measure, plan): drawn "medium" wide, so on
    a phone the figure beside a long title is in view (a title shortened with "…" shows
    whole on hover); where the table has room, every column grows to fill it."""
    return (t("col.goal"), t("col.measure"), t("programmes.col.plan"))


def downloads(frame: pd.DataFrame | Callable[[], pd.DataFrame], name: str) -> None:
    """Two small buttons: the table as Norwegian-Excel CSV and as .xlsx.

    Each file is built when its button is pressed (Streamlit runs the callable then),
    not on every rerun of the page: a long table costs nothing until it is asked for.
    ``frame`` may be a callable that gives the table then.
    """
    get = frame if callable(frame) else (lambda: frame)
    row = st.container(horizontal=True, gap="small")
    row.download_button(
        "CSV",
        lambda: exports.to_csv(get()),
        f"{name}.csv",
        "text/csv",
        key=f"dl_csv_{name}",
        icon=":material/download:",
        type="tertiary",
    )
    row.download_button(
        "Excel",
        lambda: exports.to_xlsx(get()),
        f"{name}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"dl_xlsx_{name}",
        icon=":material/download:",
        type="tertiary",
    )


def long_table(
    frame: pd.DataFrame,
    name: str,
    *,
    status_columns: tuple[str, ...] = (),
    downloads: bool = True,
) -> None:
    """A table that may be long: its first LIST_ROWS rows, the count and a button that
    shows them all (kept for the session, per table ``name``); downloads hold every row.
    ``downloads=False``: no CSV and Excel buttons (Rapport's preview, whose report files
    hold every row)."""
    t = translator()
    key = f"show_all_{name}"
    download_name = name if downloads else None
    if len(frame) <= LIST_ROWS or st.session_state.get(key):
        table(frame, status_columns=status_columns, download_name=download_name)
        return
    table(
        frame.head(LIST_ROWS),
        status_columns=status_columns,
        download_name=download_name,
        download_all=lambda: frame,
    )
    total = t.number(len(frame))
    note = "perf.list_shown" if downloads else "perf.list_shown_report"
    st.caption(t(note, shown=t.number(LIST_ROWS), total=total))
    label = t("perf.show_all", total=total)
    if st.button(label, key=f"{key}_button", icon=":material/expand_more:"):
        st.session_state[key] = True
        st.rerun()


def measure_list(
    view: View, title: str, states: pd.DataFrame, when_empty: str, download_name: str
) -> None:
    """A titled list of measures with its count, or a reassuring line when there are none."""
    st.subheader(f"{title} ({len(states)})")
    if states.empty:
        st.success(when_empty)
    else:
        long_table(
            tables.measures(states, view.t), download_name, status_columns=(view.t("col.status"),)
        )


def kpis(items: list[tuple[str, str, str | None]], key: str = "kpis") -> None:
    """Key figures as (label, value, help) cards in whole rows at every width (``key``:
    unique on the page)."""
    row = layout.kpi_grid(key, len(items))
    for label, value, help_text in items:
        row.metric(label, value, help=help_text, border=True)


def status_kpis(view: View, states: pd.DataFrame) -> None:
    """Progress, number of measures, done, overdue and at risk of a set of measure states."""
    t = view.t
    done = int(states["status"].isin(COMPLETE_STATUSES).sum())
    kpis(
        [
            (t("overview.progress"), t.percent(plan_progress(states)), t("overview.progress_help")),
            (t("overview.measures"), t.number(len(states)), None),
            (t("overview.done"), t.number(done), None),
            (
                t("overview.overdue"),
                t.number(int(states["overdue"].sum())),
                t("overview.overdue_help"),
            ),
            (t("overview.attention"), t.number(int(states["attention"].sum())), None),
            (
                t("stale.kpi"),
                t.number(int(states["stale"].sum())),
                t("stale.kpi_help", days=queries.cadence_days(view.db, view.filters.plan_id)),
            ),
        ],
        key="status_kpis",
    )


def chart(figure: go.Figure) -> None:
    """A plotly figure at full width."""
    # theme=None: our own layout (large type, locale separators) must not be overridden.
    st.plotly_chart(figure, width="stretch", config=_CHART_CONFIG, theme=None)
    chart_text.alternative(figure, translator())  # WCAG 1.1.1: the sentence and the table


def bar_chart(figure: go.Figure) -> None:
    """A horizontal bar figure of :mod:`dashboard.charts` at full width, drawn by Vega-Lite
    (:mod:`dashboard.chart_vega`): the browser then needs no plotly code for it."""
    st.vega_lite_chart(chart_vega.bar_spec(figure), width="stretch", theme=None)
    chart_text.alternative(figure, translator())  # WCAG 1.1.1: the sentence and the table


def link_params(view: View, **chosen: str) -> dict[str, str]:
    """The query string of a link to another view: this view's filters and ``chosen``."""
    f = view.filters
    params = {"plan": f.plan_id, "from": f.start.isoformat(), "to": f.end.isoformat()}
    for name in ("lang", "owner", "channel"):
        if st.query_params.get(name):
            params[name] = st.query_params[name]
    params.update(chosen)
    return params


def goal_links(view: View, summary: pd.DataFrame) -> None:
    """Each goal with its progress as a link to its own Mål page (one tap on a phone)."""
    t = view.t
    st.caption(t("phone.open_goal_help"))
    with st.container(key="links_goals", gap="small"):
        for goal_id, title, progress in summary[["goal_id", "goal_title", "progress"]].itertuples(
            index=False
        ):
            st.page_link(
                "pages/mal.py",
                label=f"{md(title)} · {t.percent(progress)}",
                icon=":material/flag:",
                query_params=link_params(view, goal=str(goal_id)),
            )


def owner_links(view: View, owners: pd.DataFrame) -> None:
    """Each owner as a link to Ansvarlige for that owner (``owner=`` in the URL)."""
    t = view.t
    st.subheader(t("phone.open_owner"))
    with st.container(key="links_owners", horizontal=True, gap="small"):
        for owner_id, name, count in owners[["owner_id", "owner", "open"]].itertuples(index=False):
            st.page_link(
                "pages/ansvarlige.py",
                label=f"{md(name)} ({t.number(count)})",
                icon=":material/person:",
                query_params=link_params(view, owner=str(owner_id)),
            )
