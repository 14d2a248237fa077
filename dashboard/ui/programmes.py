"""Programmes on the pages (issue 14): on a parent plan's Oversikt, its child plans'
progress rolled up ("Programmer") and the red thread from each of its goals down to
the child plans' measures; on Mål, "Bidrar til: <parent goal>" for a child goal and
the thread below a parent goal. Each is one call from its page."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import programmes
from dashboard.db import Database
from dashboard.inert import md
from dashboard.labels import status
from dashboard.ui import sections
from dashboard.ui.state import View

_ENTRIES = 32


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _rollup(_db: Database, key: tuple[str, int], plan_id: str, as_of: dt.date) -> pd.DataFrame:
    return programmes.rollup(_db, plan_id, as_of)


@st.cache_data(show_spinner=False, max_entries=_ENTRIES)
def _thread(_db: Database, key: tuple[str, int], plan_id: str, as_of: dt.date) -> pd.DataFrame:
    return programmes.thread(_db, plan_id, as_of)


def _key(db: Database) -> tuple[str, int]:
    return db.path, db.version


def programme_section(view: View) -> None:
    """Oversikt of a plan with child plans: the roll-up, the rule, the red thread."""
    db, t, filters = view.db, view.t, view.filters
    children = _rollup(db, _key(db), filters.plan_id, filters.end)
    if children.empty:
        return  # a plan without programmes: nothing here, and one small query spent
    total = programmes.total(children)
    st.subheader(t("programmes.heading"))
    st.caption(t("programmes.caption"))
    sections.kpis(
        [
            (t("programmes.kpi.overall"), t.percent(total.progress), t("programmes.rule")),
            (t("programmes.kpi.plans"), t.number(total.plans), None),
            (t("programmes.kpi.measures"), t.number(total.measures), None),
            (t("programmes.kpi.overdue"), t.number(total.overdue), None),
        ],
        key="programme_kpis",
    )
    sections.table(programmes.rollup_table(children, total, t), download_name="programmer")
    st.caption(t("programmes.rule"))
    with st.container(key="links_programmes", gap="small"):
        for plan_id, name in children[["plan_id", "name"]].itertuples(index=False):
            st.page_link(
                "pages/oversikt.py",
                label=t("programmes.open", plan=md(name)),
                icon=":material/account_tree:",
                query_params={"plan": str(plan_id), **_lang()},
            )
    _thread_section(view)


def _lang() -> dict[str, str]:
    lang = st.query_params.get("lang")
    return {"lang": lang} if lang else {}


def _thread_section(view: View, goal_id: str | None = None) -> None:
    """Each goal of the plan (or only ``goal_id``) with what serves it in the plans below."""
    db, t, filters = view.db, view.t, view.filters
    rows = _thread(db, _key(db), filters.plan_id, filters.end)
    if goal_id is not None:
        rows = rows[rows["parent_goal_id"] == goal_id]
        if rows["goal_id"].isna().all():
            return
    st.subheader(t("programmes.thread.heading"))
    st.caption(t("programmes.thread.caption"))
    goals = programmes.thread_goals(rows)
    for parent_id, parent in (
        rows[["parent_goal_id", "parent_goal"]].drop_duplicates().itertuples(index=False)
    ):
        served = goals[goals["parent_goal_id"] == parent_id]
        measures = rows[(rows["parent_goal_id"] == parent_id) & rows["measure_id"].notna()]
        progress = programmes.thread_progress(measures)
        summary = t(
            "programmes.thread.summary",
            goals=t.number(len(served)),
            measures=t.number(len(measures)),
            progress=t.percent(progress),
            overdue=t.number(int(measures["overdue"].sum())),
        )
        with st.expander(f"{md(parent)} · {summary}", expanded=goal_id is not None):
            if served.empty:
                st.info(t("programmes.thread.none"))
                continue
            for child in served.itertuples(index=False):
                st.markdown(
                    "**"
                    + t(
                        "programmes.thread.child",
                        goal=md(child.goal),
                        plan=md(child.plan_name),
                        progress=t.percent(child.progress),
                    )
                    + "**"
                )
                own = measures[measures["goal_id"] == child.goal_id]
                if own.empty:
                    st.caption(t("programmes.thread.no_measures"))
                    continue
                lines = []
                for status_id, title, facts in programmes.thread_lines(own, t):
                    s = status(status_id)  # colour, icon and word, never colour alone
                    word = f":{s.markdown_color}[**{s.icon}**] {s.word(t.lang)}"
                    lines.append(f"- {word} · {md(title)}  \n  {facts}")
                st.markdown("\n".join(lines))


def goal_thread(view: View) -> None:
    """On Mål, under the title: "Bidrar til: <parent goal>" for a child goal."""
    goal_id = view.filters.goal_id
    if goal_id is None:
        return
    parent = programmes.parent_goal(view.db, goal_id)
    if parent is not None:
        words = view.t(
            "programmes.contributes_to", goal=md(parent["title"]), plan=md(parent["plan_name"])
        )
        st.markdown(f":material/north_east: {words}")


def goal_children(view: View) -> None:
    """On Mål, after the goal's own figures: the thread below a parent goal (first, it
    filled a projector's first screen and pushed the goal's own figures below it)."""
    goal_id = view.filters.goal_id
    if goal_id is not None and programmes.has_children(view.db, view.filters.plan_id):
        _thread_section(view, goal_id)
