"""One page for every screen: the phone (390 px), the projector (1280×720) and the desk.

The CSS here is put on every page by the frame. The main column is a CSS container,
so what changes with the width (KPI rows, measures as cards or as a table) follows the
room the page really has, with or without the sidebar.
"""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from dashboard import cards
from dashboard.i18n import Translator

#: Below this width of the main column Mål shows its measures as cards, not as a table
#: (at 1280 px with the sidebar open the column is about 810 px: seven columns would
#: hide the due date and the comment).
CARDS_BELOW_PX = 1000
#: The narrowest a KPI card may be before its row splits in two.
KPI_MIN_PX = 150

_CSS = f"""
<style>
[data-testid="stMainBlockContainer"] {{ container-type: inline-size; }}
/* Titles break between words only ("gjennomføringskraft" stays whole). */
h1, h2, h3, h1 *, h2 *, h3 * {{ hyphens: manual; overflow-wrap: normal; word-break: normal; }}
@media (max-width: 640px) {{
  [data-testid="stMainBlockContainer"] h1 {{ font-size: min(2.2rem, 7vw); }}
  [data-testid="stMainBlockContainer"] h2 {{ font-size: min(1.6rem, 6vw); }}
  [data-testid="stMainBlockContainer"] h3 {{ font-size: min(1.35rem, 5.4vw); }}
}}
/* KPI labels wrap instead of being cut ("Frist de neste 30 da…"). */
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * {{
  white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; line-height: 1.4; }}
[data-testid="stMetricLabel"] p {{ line-height: 1.25; }}
/* A phone's row of three cards: a figure such as "+5 pp" smaller, whole, not "+5 …". */
@container (max-width: 640px) {{
  [data-testid="stMetricValue"] {{ font-size: 1.75rem; }}
  [data-testid="stMetricValue"], [data-testid="stMetricValue"] * {{
    overflow: visible !important; text-overflow: clip !important;
    white-space: normal !important; line-height: 1.15; }} }}
/* A goal's title as the page's title: a long one smaller, so the goal's figures are on
   the first screen too (Helse Midt-Norge's run to 150 characters: 8 lines on a phone). */
.st-key-goal_title_long h1 {{ font-size: min(1.8rem, 6vw) !important; }}
/* Measures: a table where seven columns fit, cards where they do not. */
@container (max-width: {CARDS_BELOW_PX - 1}px) {{
  [class*="st-key-wide_"] {{ display: none !important; }} }}
@container (min-width: {CARDS_BELOW_PX}px) {{
  [class*="st-key-narrow_"] {{ display: none !important; }} }}
/* Links to a goal or an owner: large enough to tap. */
[class*="st-key-links_"] [data-testid="stPageLink"] a {{ min-height: 2.75rem; }}
/* … and whole: a long goal title wraps, its progress at the end stays in view. */
[class*="st-key-links_"] [data-testid="stPageLink"] a * {{
  white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; line-height: 1.4; }}
{cards.CSS}
</style>
"""


def css() -> None:
    """The responsive style of every page (the frame calls this once per run)."""
    st.html(_CSS)


def kpi_columns(count: int) -> list[tuple[int, int]]:
    """(columns, up to container width in px) for ``count`` KPI cards: whole rows only.

    The widest layout puts every card in one row; narrower, the cards split into
    rows of equal length (6 → 3 + 3 → 2 + 2 + 2), never 4 + 2 with a gap.
    """
    layouts = [d for d in range(count, 1, -1) if count % d == 0] or [1]
    if len(layouts) == 1 and count > 3:  # a prime count: the last row is the short one
        layouts.append(math.ceil(count / 2))
    return [(d, d * KPI_MIN_PX) for d in layouts]


def kpi_grid(key: str, count: int) -> st.delta_generator.DeltaGenerator:
    """A container that lays ``count`` KPI cards out in whole rows at every width."""
    rules = []
    layouts = kpi_columns(count)
    for i, (columns, _needs) in enumerate(layouts):
        rule = (
            f".st-key-{key} {{ display: grid !important; gap: 0.5rem; "
            f"grid-template-columns: repeat({columns}, minmax(0, 1fr)); }}"
        )
        if i > 0:
            rule = f"@container (max-width: {layouts[i - 1][1] - 1}px) {{ {rule} }}"
        rules.append(rule)
    st.html(f"<style>{''.join(rules)}</style>")
    return st.container(key=key)


def measures(
    key: str, table: pd.DataFrame, states: pd.DataFrame, t: Translator, show_table, **kwargs
) -> None:
    """Measures as a table on a wide column and as cards on a narrow one (same facts)."""
    with st.container(key=f"wide_{key}"):
        show_table(table, **kwargs)
    with st.container(key=f"narrow_{key}"):
        st.html(cards.measure_cards(states, t))
