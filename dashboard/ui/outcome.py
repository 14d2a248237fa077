"""Outcome beside activity on the pages (issue 14): each called with one line from a page.

Mål shows a goal's activity and outcome progress as two cards side by side, the levels
behind the goal and a warning when it rests on activity alone; Oversikt adds the
outcome columns to its goal table and names the goals measured by activity alone.
The numbers come from :mod:`dashboard.outcomes` (never blended into one).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import outcomes, queries, tables
from dashboard.i18n import Translator
from dashboard.inert import html as escape
from dashboard.inert import md
from dashboard.ui import cached, notices, sections
from dashboard.ui.state import View


def with_outcomes(view: View, summary: pd.DataFrame) -> pd.DataFrame:
    """The goal summary with each goal's outcome columns (see outcomes.with_outcomes),
    the plan's targets read once per data version (ui/cached.py)."""
    plan_id, as_of = view.filters.plan_id, view.filters.end
    kpis = cached.goal_kpis(view.db, outcomes.targets_filters(plan_id, as_of))
    return outcomes.with_outcomes(view.db, plan_id, as_of, summary, kpis)


def warning_text(row: pd.Series, t: Translator) -> str | None:
    """The sentence that a goal rests on activity (and output figures) alone, or None."""
    if not row["activity_only"]:
        return None
    return t("outcome.output_only" if row["levels"] else "outcome.activity_only")


def goal_sides(view: View, states: pd.DataFrame) -> None:
    """Mål: the goal's activity and outcome progress side by side, its levels, a warning."""
    t, filters = view.t, view.filters
    summary = queries.goal_summary(view.db, filters, states)
    if summary.empty:
        return
    row = with_outcomes(view, summary).iloc[0]
    result = tables.outcome_text(row["outcome"], row["result_targets"], t)
    if row["result_targets"]:
        result_help = (
            t("outcome.result_help")
            + " "
            + t("outcome.met_of", met=row["met"], n=row["result_targets"])
        )
    else:
        result_help = t("outcome.result_help")
    sections.kpis(
        [
            (t("outcome.activity"), t.percent(row["progress"]), t("outcome.activity_help")),
            (t("outcome.result"), result, result_help),
        ],
        key="outcome_sides",
    )
    if row["levels"]:
        st.caption(t("outcome.levels", levels=tables.levels_text(row["levels"], t)))
    if warning := warning_text(row, t):
        st.warning(warning, icon=":material/warning:")


def overview_warnings(view: View, summary: pd.DataFrame) -> None:
    """Oversikt: one line counting the goals that rest on activity alone, named below it."""
    if "activity_only" not in summary or not summary["activity_only"].any():
        return
    t = view.t
    titles = [str(title) for title in summary.loc[summary["activity_only"], "goal_title"]]
    goals = ", ".join(f"«{md(title)}»" for title in titles)
    notices.named_warning(
        t("look14.activity_only_count", n=t.number(len(titles)), total=t.number(len(summary))),
        titles,
        which=t("look14.which_goals", n=t.number(len(titles))),
        icon=":material/warning:",
        single=t("outcome.activity_only_goals", n=len(titles), goals=goals),
    )


def slide_lines(row: pd.Series, t: Translator) -> None:
    """Presentasjon: under the goal's activity figure, its outcome and a warning, large."""
    if "outcome" not in row:
        return
    result = escape(tables.outcome_text(row["outcome"], row["result_targets"], t))
    parts = [
        f'<div class="pp"><div class="delta" style="margin-top:0.5em">'
        f"{escape(t('outcome.activity'))}: <b>{t.percent(row['progress'])}</b> · "
        f"{escape(t('outcome.result'))}: <b>{result}</b></div>"
    ]
    if warning := warning_text(row, t):
        parts.append(f'<div class="kicker">⚠ {escape(warning)}</div>')
    parts.append("</div>")
    st.markdown("".join(parts), unsafe_allow_html=True)


def kpi_table(view: View, kpis: pd.DataFrame) -> pd.DataFrame:
    """Mål's target table with each target's level and a survey's sample size (not the
    goal's title on every row: the page is the goal's, and the figures need the room),
    the metric and its figures first so a phone shows them without a sideways swipe."""
    t = view.t
    levels = outcomes.metric_levels(view.db, view.filters.plan_id)
    table = tables.kpis(kpis, t, levels).drop(columns=[t("col.goal")])
    first = [t(c) for c in ("col.metric", "col.target", "col.actual", "col.achieved", "col.met")]
    return table[first + [c for c in table.columns if c not in first]]
