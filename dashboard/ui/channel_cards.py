"""Kanaler's first view: every channel side by side with its own headline figure.

External and internal channels in two groups, each a grid of cards (Streamlit
stacks the columns on a phone: one card per row). A card shows the channel, its
headline metric and the period, the figure, and the change against the same
period last year as a signed percentage with an arrow and words. The channels of a
group with no figures are named in a sentence under it, with a link to Last opp for
those who may upload (the others are told that the secretariat can).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Literal

import pandas as pd
import streamlit as st

from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.labels import STOCK_METRICS, metric_word
from dashboard.queries import HEADLINE_PRIORITY
from dashboard.ui import frame
from dashboard.ui.state import View

#: Cards per row on a wide screen.
PER_ROW = 4
UPLOAD_PAGE = "pages/last_opp.py"


#: Which way a headline's arrow points (st.metric's delta_arrow).
Arrow = Literal["up", "down", "off"]


def figure_text(t: Translator, value: float) -> str:
    """A headline figure: whole numbers without decimals, others with one."""
    whole = math.isclose(value, round(value))
    return t.number(value, 0 if whole else 1)


def change_text(t: Translator, change: float) -> tuple[str, Arrow, str]:
    """(signed percentage, arrow direction, words) for a change given as a fraction.

    One decimal under 10 %, so a small change never shows as "+0 %"; an exact zero
    is "±0 %" with no arrow.
    """
    percent = change * 100
    if percent == 0:
        return f"±{t.percent(0)}", "off", t("channels.head.same")
    decimals = 1 if abs(percent) < 10 else 0
    sign = "+" if percent > 0 else "−"
    words = t("channels.head.up") if percent > 0 else t("channels.head.down")
    return f"{sign}{t.percent(abs(percent), decimals)}", "up" if percent > 0 else "down", words


def _months(t: Translator, first: dt.date, last: dt.date) -> dict[str, str]:
    """A span of months for a message: ``jan–okt 2026``, ``nov 2025``–``okt 2026``."""
    start, end = t.period(first, "month"), t.period(last, "month")
    if pd.Timestamp(first).year == pd.Timestamp(last).year:
        start = start.rsplit(" ", 1)[0]
    return {"start": start, "end": end}


def channel_cards(view: View, headlines: pd.DataFrame) -> None:
    """The two groups of channel cards, external first."""
    t, filters = view.t, view.filters
    st.subheader(t("channels.head.title", start=t.date(filters.start), end=t.date(filters.end)))
    upload_spec = next(s for s in frame.PAGES if s.path == UPLOAD_PAGE)
    may_upload = frame.visible(upload_spec, frame.user())
    for scope in ("external", "internal"):
        rows = headlines[headlines["scope"] == scope]
        if rows.empty and filters.channel_id is not None:
            continue  # (one channel chosen: only its own group)
        st.markdown(f"#### {t('channels.head.' + scope)}")
        if rows.empty:
            st.caption(t("channels.head.none_in_scope"))
            continue
        # Like beside like: channels by the kind of their headline figure (visitors,
        # subscribers, reach, …), by name within a kind.
        order = HEADLINE_PRIORITY[scope]
        silent = rows[rows["metric"].isna()]
        rows = rows[rows["metric"].notna()]
        rows = rows.assign(
            _rank=[order.index(m) if m in order else len(order) for m in rows["metric"]]
        )
        records = rows.sort_values(["_rank", "channel"]).to_dict("records")
        for first in range(0, len(records), PER_ROW):
            columns = st.columns(PER_ROW)
            for column, row in zip(columns, records[first : first + PER_ROW], strict=False):
                with column, st.container(border=True):
                    _card(t, row)
        if not silent.empty:
            _without_figures(t, silent["channel"].tolist(), may_upload, view.plan["id"])
    st.caption(t("channels.head.rule"))


def _without_figures(t: Translator, names: list[str], may_upload: bool, plan_id: str) -> None:
    """The channels of a group with no figures in the period, named in one sentence."""
    listed = ", ".join(md(n) for n in names)
    st.markdown(t("channels.head.no_figures", channels=listed))
    if may_upload:
        st.page_link(
            UPLOAD_PAGE,
            label=t("channels.head.upload"),
            icon=":material/upload_file:",
            query_params={"plan": plan_id},
        )
    else:
        st.caption(t("channels.head.ask_secretariat"))


#: The delta's colour by its arrow.
_COLOUR: dict[str, Literal["green", "red", "off"]] = {"up": "green", "down": "red", "off": "off"}


def _card(t: Translator, row: dict) -> None:
    st.markdown(f"**{md(row['channel'])}**")
    metric = row["metric"]
    word = metric_word(metric, t.lang)
    first, last = row["first_start"], row["last_start"]
    if metric in STOCK_METRICS:
        what = t("channels.head.stock", metric=md(word), end=t.period(last, "month"))
    else:
        what = t("channels.head.flow", metric=md(word), **_months(t, first, last))
    st.caption(what)
    label = t("channels.head.label", channel=md(row["channel"]), metric=md(word))
    value = figure_text(t, row["value"])
    if pd.isna(row["change"]):
        st.metric(label, value, label_visibility="collapsed")
        st.caption(t("channels.head.no_trend"))
        return
    delta, arrow, words = change_text(t, float(row["change"]))
    compared = t(
        "channels.head.compared",
        **_months(t, row["compared_from"], row["compared_to"]),
        now=figure_text(t, row["now_compared"]),
        before=figure_text(t, row["before_compared"]),
    )
    st.metric(
        label,
        value,
        delta=delta,
        delta_arrow=arrow,
        # The sign is a typographic minus ("−44 %"), which Streamlit reads as no sign and
        # would paint green: the colour follows the arrow instead (a fall red, a rise green).
        delta_color=_COLOUR[arrow],
        delta_description=words,
        label_visibility="collapsed",
    )
    st.caption(compared)
