"""A chart's text alternative: one sentence and a table, read from the figure itself.

WCAG 2.1 AA (1.1.1) asks for a text alternative to every chart. Reading it from the
plotly figure that is drawn (not from a second query) keeps the words and the marks
the same data: the bars' labels, the series' names and the values as the chart
shows them (its own texts where it has them, else numbers in the UI language).
No Streamlit here; :mod:`dashboard.ui.chart_text` shows it under the chart.
"""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd
import plotly.graph_objects as go

from dashboard.i18n import Translator

#: Categories named in the sentence; the table holds them all.
SENTENCE_ROWS = 12


def _label(value: object, t: Translator) -> str:
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return t.date(value)
    return " ".join(html.unescape(str(value).replace("<br>", " ")).split())


def _trace_values(trace: go.Bar | go.Scatter, t: Translator) -> list[tuple[str, str]]:
    """(category, value as shown) for each mark of one trace; "" where it has no value."""
    horizontal = getattr(trace, "orientation", None) == "h"
    categories = list(trace.y if horizontal else trace.x)
    numbers = list(trace.x if horizontal else trace.y)
    custom = [list(row) for row in trace.customdata] if trace.customdata is not None else None
    texts = list(trace.text) if isinstance(trace.text, (list, tuple)) else None
    out = []
    for i, category in enumerate(categories):
        if getattr(trace, "base", None) is not None and custom:
            value = " – ".join(str(v) for v in custom[i][:2])  # a span: from – to
            if len(custom[i]) > 2:
                category = custom[i][2]  # the whole title, where the axis shortens it
        elif custom and len(custom[i]) >= 2:
            category, value = custom[i][0], str(custom[i][1])  # as the hover shows it
        elif texts is not None:
            value = str(texts[i] or "")
        else:
            number = numbers[i]
            value = "" if number is None or pd.isna(number) else t.number(number)
        out.append((_label(category, t), value))
    return out


def _axis_title(figure: go.Figure, horizontal: bool) -> str:
    axis = figure.layout.xaxis if horizontal else figure.layout.yaxis
    text = axis.title.text if axis and axis.title else None
    return " ".join(html.unescape(str(text).replace("<br>", " ")).split()) if text else ""


def describe(figure: go.Figure, t: Translator) -> tuple[str, pd.DataFrame]:
    """The sentence that says what ``figure`` shows, and its data as a table of texts."""
    series: dict[str, dict[str, str]] = {}
    order: dict[str, None] = {}
    for trace in figure.data:
        if trace.hoverinfo == "skip" or trace.type not in ("bar", "scatter"):
            continue  # a background track, not data
        horizontal = getattr(trace, "orientation", None) == "h"
        name = _label(trace.name, t) if trace.name else ""
        name = name or _axis_title(figure, horizontal) or t("a11y.value")
        values = _trace_values(trace, t)
        column = series.setdefault(name, {})
        for category, value in values:
            order.setdefault(category)
            if value:
                column[category] = value
    categories = list(order)
    table = pd.DataFrame(
        {t("a11y.category"): categories}
        | {name: [column.get(c, "") for c in categories] for name, column in series.items()}
    )
    if not categories:
        return t("a11y.chart_empty"), table
    parts = []
    for category in categories[:SENTENCE_ROWS]:
        shown = [(name, column[category]) for name, column in series.items() if category in column]
        if not shown:  # a category whose bars are all zero or empty (generated data has them)
            parts.append(f"{category} –")
        elif len(series) == 1:
            parts.append(f"{category} {shown[0][1]}")
        else:
            parts.append(f"{category}: " + ", ".join(f"{n} {v}" for n, v in shown))
    sentence = "; ".join(parts)
    rest = len(categories) - SENTENCE_ROWS
    if rest > 0:
        sentence += "; " + t("a11y.more", n=t.number(rest))
    return t("a11y.chart_says", text=sentence), table
