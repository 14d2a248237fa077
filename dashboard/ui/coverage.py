"""Kanaler's "Dekning" section: target group × channel, and the groups nothing reaches.

The groups that no measure aims at and no figure counts are named in a warning
above the matrix (words, and the warning's colour and icon); their rows in the
matrix carry a tint and the words "Ikke nådd". The matrix scrolls sideways in its
own box on a narrow screen, with the group column kept in view.
"""

from __future__ import annotations

import streamlit as st

from dashboard import coverage as core
from dashboard.inert import md
from dashboard.ui import cached, notices
from dashboard.ui.state import View


def coverage_section(view: View) -> None:
    """The Dekning section: the sentence about unreached groups, the matrix, the scale."""
    t, filters = view.t, view.filters
    st.divider()
    st.subheader(t("coverage.title"))
    st.caption(t("coverage.intro", start=t.date(filters.start), end=t.date(filters.end)))
    cover = cached.coverage(view.db, filters)
    if cover.cells.empty:
        st.info(t("coverage.no_groups"))
        return
    missing = cover.unreached
    if missing:
        n = t.number(len(missing))
        notices.named_warning(
            t("look14.unreached_count", n=n, total=t.number(len(cover.audiences))),
            list(missing),
            which=t("look14.which_groups", n=n),
            icon=":material/warning:",
            single=t("coverage.unreached", groups=md(missing[0])),
        )
    else:
        st.success(t("coverage.all_reached"), icon=":material/check_circle:")
    st.html(core.matrix_html(cover, t))
    levels = ", ".join(level.word(t.lang) for level in core.RICHNESS)
    st.caption(t("coverage.scale", levels=md(levels)))
    st.caption(t("coverage.rule"))
