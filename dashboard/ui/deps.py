"""Mål: the chain of dependencies between a goal's measures (issue 14, item 5)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import dependencies
from dashboard.inert import md
from dashboard.labels import measure_label
from dashboard.ui.state import View


def chain(view: View, states: pd.DataFrame) -> None:
    """The goal's measures and what they wait on, drawn as a graph (late ones marked),
    with the same facts as text below it; nothing when no measure of the goal waits."""
    t, filters = view.t, view.filters
    deps = dependencies.plan_dependencies(view.db, filters.plan_id, filters.end)
    own = set(states["id"])
    used = deps[deps["measure_id"].isin(own) | deps["depends_on"].isin(own)]
    if used.empty:
        return
    st.subheader(t("deps.chain"))
    st.caption(t("deps.chain_help"))
    dot = dependencies.chain_dot(states, deps, t.lang, t("col.overdue"))
    st.graphviz_chart(dot)
    titles = dict(zip(used["measure_id"], used["measure_title"], strict=True))
    titles |= dict(zip(used["depends_on"], used["depends_title"], strict=True))
    with st.expander(t("deps.as_text")):
        lines = []
        for row in used.itertuples(index=False):
            late = f" ⚠ {t('col.overdue')}" if row.late else ""
            waits = t(
                "deps.edge",
                measure=measure_label(row.measure_id, titles.get(row.measure_id)),
                depends_on=measure_label(row.depends_on, row.depends_title),
            )
            lines.append(f"- {md(waits)}{late}")
        st.markdown("\n".join(lines))
