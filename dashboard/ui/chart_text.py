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
            st.table(table, hide_index=True)  # a real <table>, read by screen readers
