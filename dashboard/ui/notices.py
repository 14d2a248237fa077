"""Warnings that name many things, kept to one line: the count in the warning, the
names one click away in an expander right under it (a plan of seven long goal titles
otherwise fills a phone's first screen with one yellow box)."""

from __future__ import annotations

import streamlit as st

from dashboard.inert import md


def named_warning(
    headline: str, names: list[str], *, which: str, icon: str, single: str | None = None
) -> None:
    """A warning of what and how many (``headline``), with ``names`` listed in an expander
    labelled ``which``; when there is one name and ``single`` is given, that sentence (the
    name in it) alone. Texts are Markdown the caller made inert; ``names`` are raw."""
    if len(names) == 1 and single is not None:
        st.warning(single, icon=icon)
        return
    st.warning(headline, icon=icon)
    with st.expander(which):
        st.markdown("\n".join(f"- {md(name)}" for name in names))
