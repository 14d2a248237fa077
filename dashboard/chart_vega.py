"""A horizontal bar figure of :mod:`dashboard.charts` as a Vega-Lite chart, for the browser.

Plotly's browser code is one 4.7 MB chunk: on Oversikt for a large plan its evaluation
and the drawing of two bar charts were about 1.1 s of the renderer's main-thread CPU
and several seconds of the wall clock before the page was fully drawn, more than every
table on the page together (docs/performance.md, "Oversikt fully drawn"). Streamlit
draws a Vega-Lite chart with its much smaller Vega chunk. So a bar chart on a page
that must come fast is still *built* as a plotly figure (the one the reports, the text
alternative and the tests read), and only *drawn* from the spec made here: the same
bars in the same order and colours, the same figures on them, the same legend, the
same hover text, numbers in the UI language.

What is converted is what :func:`dashboard.charts.goal_progress` and
:func:`dashboard.charts.status_by_group` make: horizontal ``go.Bar`` traces over the
same categories, overlaid (a grey track under the bar) or stacked. No Streamlit here.
"""

from __future__ import annotations

import html
import re
from typing import Any

import plotly.graph_objects as go

#: The app's own font (Streamlit's), at the size of the plotly charts.
FONT = '"Source Sans", sans-serif'
FONT_SIZE = 16
#: Text on a bar: dark where the bar is light, white where it is dark.
DARK_TEXT = "#1F2A37"
#: A figure inside a bar is left out where the bar is narrower than this many pixels per
#: character (it would spill over its neighbours): on a phone more of them than on a
#: screen; the hover and the text alternative under the chart still have it.
PX_PER_CHAR = 10
#: Room (px) the x axis and the legend take besides the bars, from the plotly height.
_AXIS_PX = 70
#: The width a legend column needs (a symbol and "◷ Ikke oppdatert" at 16 px).
LEGEND_COLUMN_PX = 150
_LEGEND_PX = 50
_TEMPLATE = re.compile(r"%\{(customdata\[(\d+)\]|x|y)\}")


def _each(value: Any, count: int, default: Any) -> list[Any]:
    """A trace attribute per point: a list as it is, one value repeated, else ``default``."""
    if isinstance(value, (list, tuple)):
        return list(value)
    return [default if value is None else value] * count


def _plain(text: object) -> str:
    """A plotly label as the text Vega shows (Vega shows text literally, reads no tags)."""
    return html.unescape(str(text))


def _contrast(color: str) -> str:
    """White on a dark bar, dark on a light one (what plotly picks for text inside a bar)."""
    red, green, blue = (int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return "white" if 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5 else DARK_TEXT


def _hover(trace: go.Bar, i: int, x: float, y: str, number: str) -> str | None:
    """The trace's hover text of point ``i`` (its ``hovertemplate`` filled in), or None."""
    if trace.hoverinfo == "skip" or not trace.hovertemplate:
        return None
    custom = list(trace.customdata[i]) if trace.customdata is not None else []

    def fill(match: re.Match[str]) -> str:
        if match.group(2) is not None:
            return str(custom[int(match.group(2))])
        return number if match.group(1) == "x" else y

    text = _TEMPLATE.sub(fill, trace.hovertemplate.replace("<extra></extra>", ""))
    return " · ".join(_plain(part) for part in text.split("<br>"))


def _separators(fig: go.Figure) -> tuple[str, str]:
    """The figure's decimal and thousands separators (plotly's ``separators``)."""
    both = fig.layout.separators or ".,"
    return both[0], (both[1:] or ",")[0]


def _number(value: float, separators: tuple[str, str]) -> str:
    """``value`` as plotly writes it with ``separators`` (decimal, thousands)."""
    decimal, thousands = separators
    whole = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return whole.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def _rows(fig: go.Figure) -> tuple[list[dict[str, Any]], float]:
    """One row per bar segment (its start and end on the axis, its series, colour, text,
    where the text goes and the hover), and the largest end."""
    stacked = fig.layout.barmode == "stack"
    separators = _separators(fig)
    ends: dict[str, float] = {}
    rows: list[dict[str, Any]] = []
    for n, trace in enumerate(t for t in fig.data if isinstance(t, go.Bar)):
        labels = [str(label) for label in trace.y]
        count = len(labels)
        colors = _each(trace.marker.color, count, "#0072B2")
        texts = _each(trace.text, count, "")
        places = _each(trace.textposition, count, "none")
        anchor = trace.insidetextanchor or "end"
        inside_color = trace.insidetextfont.color if trace.insidetextfont else None
        outside_color = trace.outsidetextfont.color if trace.outsidetextfont else None
        for i, (label, value) in enumerate(zip(labels, trace.x, strict=True)):
            width = float(value or 0)
            start = ends.get(label, 0.0) if stacked else 0.0
            if stacked:
                ends[label] = start + width
            place = "out" if places[i] == "outside" else anchor
            color = str(colors[i])
            y = "\n".join(_plain(line) for line in label.split("<br>"))
            rows.append({
                "y": y, "s": trace.name or f"_{n}", "x0": start, "x1": start + width,
                "xm": start + width / 2, "c": color, "t": _plain(texts[i] or ""),
                "p": place if places[i] in ("inside", "outside") else "none",
                "tc": (outside_color or DARK_TEXT) if place == "out"
                      else (inside_color or _contrast(color)),
                "h": _hover(trace, i, width, y.replace("\n", " "), _number(width, separators)),
            })  # fmt: skip
    top = max((row["x1"] for row in rows), default=0.0)
    return rows, top


def _legend(fig: go.Figure) -> list[tuple[str, str]]:
    """(name, colour) of each trace the plotly legend shows, in its order."""
    shown = [
        t
        for t in fig.data
        if isinstance(t, go.Bar)
        and t.showlegend is not False
        and t.name
        and fig.layout.showlegend is not False
    ]
    return [(str(t.name), str(t.marker.color)) for t in shown]


def _x_axis(fig: go.Figure, top: float) -> tuple[dict[str, Any], dict[str, Any]]:
    """The x scale and axis: plotly's range, tick step and suffix where it set them."""
    axis = fig.layout.xaxis
    low, high = axis.range if axis.range is not None else (0, top or 1)
    scale: dict[str, Any] = {"domain": [low, high], "nice": axis.range is None}
    spec: dict[str, Any] = {"title": None, "grid": True, "labelFlush": False}
    if axis.dtick is not None and axis.range is not None:
        step = float(axis.dtick)
        spec["values"] = [low + step * i for i in range(int((high - low) / step) + 1)]
    elif axis.dtick is not None:
        spec["tickMinStep"] = float(axis.dtick)
    if axis.ticksuffix:
        suffix = axis.ticksuffix.replace("\\", "\\\\").replace("'", "\\'")
        spec["labelExpr"] = f"datum.label + '{suffix}'"
    return scale, spec


def bar_spec(fig: go.Figure) -> dict[str, Any]:
    """A Vega-Lite spec drawing the horizontal bar figure ``fig`` (see the module's text)."""
    rows, top = _rows(fig)
    legend = _legend(fig)
    names = list(dict.fromkeys(row["s"] for row in rows))
    colors = {row["s"]: row["c"] for row in rows}
    x_scale, x_axis = _x_axis(fig, top)
    gap = fig.layout.bargap if fig.layout.bargap is not None else 0.2
    y: dict[str, Any] = {
        "field": "y",
        "type": "nominal",
        "sort": None,
        "scale": {"paddingInner": gap, "paddingOuter": gap / 2},
        "axis": {
            "title": None,
            "labelExpr": "split(datum.label, '\\n')",
            "labelLimit": 320,
            "labelPadding": 6,
            "ticks": False,
        },
    }
    color: dict[str, Any] = {
        "field": "s",
        "type": "nominal",
        "scale": {"domain": names, "range": [colors[n] for n in names]},
        "legend": (
            {
                "values": [name for name, _ in legend],
                "orient": "top",
                "direction": "horizontal",
                # as many columns as fit beside each other: one on a phone, like plotly's
                "columns": {"expr": f"max(1, min(3, floor(width / {LEGEND_COLUMN_PX})))"},
                "title": None,
                "symbolType": "square",
                "symbolSize": 160,
                "labelFontSize": FONT_SIZE,
                "labelLimit": 240,
                "columnPadding": 16,
            }
            if legend
            else None
        ),
    }
    tooltip = {"field": "h", "type": "nominal"}
    x = {"field": "x0", "type": "quantitative", "scale": x_scale, "axis": x_axis}
    layers: list[dict[str, Any]] = [
        {
            # no ARIA label per mark (Vega's would read out the rows' field names): the
            # sentence and the table under the chart are its text alternative
            "mark": {"type": "bar", "aria": False},
            "encoding": {"y": y, "x": x, "x2": {"field": "x1"}, "color": color, "tooltip": tooltip},
        }
    ]
    for place, field, align, dx in (
        ("end", "x1", "right", -6),
        ("middle", "xm", "center", 0),
        ("out", "x1", "left", 6),
    ):
        text: dict[str, Any] = {"field": "t"}
        if place != "out":  # a figure that would spill out of its bar is left out
            fits = f"scale('x', datum.x1) - scale('x', datum.x0) >= {PX_PER_CHAR} * length(datum.t)"
            text = {"condition": {"test": fits, "field": "t"}, "value": ""}
        layers.append({
            "transform": [{"filter": f"datum.p == '{place}' && datum.t != ''"}],
            "mark": {"type": "text", "align": align, "baseline": "middle", "dx": dx,
                     "fontSize": FONT_SIZE, "aria": False},
            "encoding": {"y": {"field": "y", "type": "nominal", "sort": None},
                         "x": {"field": field, "type": "quantitative"},
                         "text": text,
                         "color": {"field": "tc", "type": "nominal", "scale": None},
                         "tooltip": tooltip},
        })  # fmt: skip
    height = int(fig.layout.height or 400) - _AXIS_PX - (_LEGEND_PX if legend else 0)
    decimal, thousands = _separators(fig)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": rows},
        "height": max(height, 100),
        "background": "white",
        # laid out again once the legend knows its columns (a signal of the width)
        "autosize": {"type": "fit-x", "contains": "padding", "resize": True},
        "padding": {"left": 4, "right": 16, "top": 4, "bottom": 4},
        "layer": layers,
        "config": {
            "font": FONT,
            "view": {"stroke": None},
            "axis": {
                "labelFontSize": FONT_SIZE,
                "labelColor": "#2A3F5F",
                "gridColor": "#E6E6E6",
                "domainColor": "#444444",
                "tickColor": "#444444",
            },
            "locale": {
                "number": {
                    "decimal": decimal,
                    "thousands": thousands,
                    "grouping": [3],
                    "currency": ["", ""],
                }
            },
        },
    }
