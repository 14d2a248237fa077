"""A chart's text alternative under it: the sentence, and its table one click away."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from dashboard.chart_alt import describe
from dashboard.i18n import Translator
from dashboard.inert import md


def alternative(figure: go.Figure, t: Translator) -> None:
    """Under a chart: what it shows in one sentence, and the data as a table in an expander."""
    sentence, table = describe(figure, t)
    st.caption(md(sentence))
    if len(table):
        with st.expander(t("a11y.table")):
            # A real <table>, read by screen readers. st.table renders its cells (and
            # column names) as Markdown: every one goes through md(), so a title holding
            # ![p](http://…) shows as text and no reader's browser calls that address.
            shown = table.map(lambda value: md(str(value)))
            shown.columns = [md(str(column)) for column in table.columns]
            st.table(shown, hide_index=True)
