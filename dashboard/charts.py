"""Plotly figure builders: a DataFrame in, a figure out, no Streamlit.

Type is large enough to read on a meeting-room screen, numbers follow the UI
language, and status colours always come with the status word in the legend.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from dashboard import formats
from dashboard.i18n import Translator
from dashboard.inert import plotly as escape
from dashboard.labels import DISPLAY_STATUS_IDS, DISPLAY_STATUSES, metric_word

FONT_SIZE = 16
BAR_COLOR = "#0072B2"
TRACK_COLOR = "#E6E6E6"
SERIES_COLORS = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#7F7F7F", "#999933", "#882255", "#44AA99",
)  # fmt: skip


def _layout(fig: go.Figure, t: Translator, *, height: int | None = None) -> go.Figure:
    fig.update_layout(
        font={"size": FONT_SIZE},
        separators=t.plotly_separators(),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.02,
            "x": 0,
            "traceorder": "normal",
        },
        plot_bgcolor="white",
        paper_bgcolor="white",
        hoverlabel={"font_size": FONT_SIZE},
    )
    # Horizontal tick labels (no rotated text), fewer where the chart is narrow.
    fig.update_xaxes(automargin=True, gridcolor="#E6E6E6", tickangle=0)
    fig.update_yaxes(automargin=True, gridcolor="#E6E6E6")
    if height:
        fig.update_layout(height=height)
    return fig


def _wrap(text: str, width: int = 38) -> str:
    """Break long titles over lines so bar labels stay readable; their own tags not read."""
    return "<br>".join(escape(line) for line in _lines(text, width))


def _lines(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken between words (a word
    longer than a line is a line of its own)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return lines


#: A title on a chart's axis: at most AXIS_LINES lines of AXIS_WIDTH characters, so the
#: labels of long goal titles (Helse Midt-Norge's run to 150 characters) neither overlap
#: each other nor squeeze the bars; the whole title is in the hover and the text alternative.
AXIS_WIDTH = 26
AXIS_LINES = 2
ELLIPSIS = "…"
#: Appended (invisibly) to a shortened label that another one already is, so that two
#: titles that begin alike stay two rows of the chart.
_TWIN = "\u200b"


def axis_label(text: str, width: int = AXIS_WIDTH, lines: int = AXIS_LINES) -> str:
    """``text`` as an axis label of at most ``lines`` lines of ``width`` characters, cut
    after a word with "…" when it is longer; plotly's tags shown, not read."""
    parts = _lines(" ".join(str(text).split()), width)
    shown: list[str] = []
    for i, part in enumerate(parts[:lines]):
        if len(part) > width:  # one word longer than a line
            shown.append(part[: width - len(ELLIPSIS)] + ELLIPSIS)
            break
        if i == lines - 1 and len(parts) > lines:  # the last line shown, more to come
            while len(part) + len(ELLIPSIS) > width and " " in part:
                part = part.rsplit(" ", 1)[0]
            part = part[: width - len(ELLIPSIS)].rstrip(" ,.;:–-") + ELLIPSIS
        shown.append(part)
    return "<br>".join(escape(part) for part in shown)


def axis_labels(texts: list[str], width: int = AXIS_WIDTH, lines: int = AXIS_LINES) -> list[str]:
    """:func:`axis_label` of each text, kept distinct: plotly draws equal labels as one row."""
    labels: list[str] = []
    seen: set[str] = set()
    for text in texts:
        label = axis_label(text, width, lines)
        while label in seen:
            label += _TWIN
        seen.add(label)
        labels.append(label)
    return labels


def goal_progress(summary: pd.DataFrame, t: Translator) -> go.Figure:
    """Horizontal bars of weighted progress per goal, 0–100 %, goals in plan order."""
    titles = [str(title) for title in summary["goal_title"]]
    labels = axis_labels(titles)
    values = [0 if p is None or pd.isna(p) else float(p) for p in summary["progress"]]
    texts = [t.percent(p) for p in summary["progress"]]
    # The figure sits inside its bar once the bar is long enough: "95 %" beside a bar that
    # ends near the right edge would be cut off on a phone.
    inside = [v >= 55 for v in values]
    fig = go.Figure()
    fig.add_bar(
        y=labels, x=[100] * len(labels), orientation="h", marker_color=TRACK_COLOR,
        hoverinfo="skip", showlegend=False,
    )  # fmt: skip
    fig.add_bar(
        y=labels,
        x=values,
        orientation="h",
        marker_color=BAR_COLOR,
        text=texts,
        textposition=["inside" if i else "outside" for i in inside],
        insidetextanchor="end",
        insidetextfont={"color": "white"},
        outsidetextfont={"color": "#1F2A37"},
        constraintext="none",
        cliponaxis=False,
        # the whole title (the axis may show it shortened) and the figure, as the hover says
        customdata=[[escape(title), text] for title, text in zip(titles, texts, strict=True)],
        hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
        showlegend=False,
    )
    fig.update_layout(barmode="overlay", bargap=0.35)
    fig.update_xaxes(range=[0, 100], ticksuffix=formats.percent_suffix(t.lang), dtick=50)
    fig.update_yaxes(autorange="reversed")
    _layout(fig, t, height=max(220, 70 * len(labels) + 60))
    # room right of the track for the axis' last label ("100 %" was dropped on a phone)
    fig.update_layout(margin={"r": 28})
    return fig


def status_by_group(
    summary: pd.DataFrame,
    label_column: str,
    t: Translator,
    statuses: tuple[str, ...] = DISPLAY_STATUS_IDS,
) -> go.Figure:
    """Stacked horizontal bars: number of measures per status for each row of ``summary``."""
    titles = [str(v) for v in summary[label_column]]
    labels = axis_labels(titles)
    fig = go.Figure()
    for status in DISPLAY_STATUSES:
        if status.id not in statuses:
            continue
        counts = summary[status.id].astype(int).tolist()
        if not any(counts):
            continue
        fig.add_bar(
            y=labels,
            x=counts,
            name=status.badge(t.lang),
            orientation="h",
            marker_color=status.color,
            text=[str(c) if c else "" for c in counts],
            textposition="inside",
            insidetextanchor="middle",
            # the whole title (the axis may show it shortened); no count where there is none
            customdata=[
                [escape(title), str(c) if c else ""]
                for title, c in zip(titles, counts, strict=True)
            ],
            hovertemplate=f"%{{customdata[0]}}<br>{status.badge(t.lang)}: %{{x}}<extra></extra>",
        )
    fig.update_layout(barmode="stack", bargap=0.35)
    fig.update_xaxes(dtick=1 if summary[list(statuses)].sum(axis=1).max() <= 10 else None)
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, t, height=max(240, 60 * len(labels) + 90))


def progress_over_time(series: pd.DataFrame, t: Translator) -> go.Figure:
    """A step line of progress (0–100 %) on each date the history changed."""
    fig = go.Figure()
    fig.add_scatter(
        x=pd.to_datetime(series["date"]),
        y=series["progress"],
        mode="lines+markers",
        line={"shape": "hv", "color": BAR_COLOR, "width": 3},
        customdata=[
            [t.date(d), t.percent(p)]
            for d, p in zip(series["date"], series["progress"], strict=True)
        ],
        hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
        showlegend=False,
    )
    fig.update_yaxes(range=[0, 105], ticksuffix=formats.percent_suffix(t.lang), dtick=25)
    # at most four dates on the axis: five "04.2026" ran into each other on a phone
    fig.update_xaxes(tickformat="%b %Y" if t.lang == "en" else "%m.%Y", nticks=4)
    return _layout(fig, t, height=320)


def due_timeline(states: pd.DataFrame, as_of: dt.date, t: Translator) -> go.Figure:
    """Each measure from its start to its due date, coloured by status, with the status date."""
    fig = go.Figure()
    rows = states[states["due_date"].notna()].copy()
    rows["start"] = pd.to_datetime(rows["start_date"].fillna(rows["due_date"]))
    rows["due"] = pd.to_datetime(rows["due_date"])
    rows = rows.sort_values(["due", "start"])
    # Short lines: on a phone long names took the whole width and the date axis collapsed;
    # at most two, or a long title's label ran into its neighbours' (the whole title is
    # in the hover and the text alternative).
    titles = [str(title) for title in rows["title"]]
    labels = axis_labels(titles, 24)
    for status in DISPLAY_STATUSES:
        part = rows[rows["status"] == status.id]
        if part.empty:
            continue
        part_labels = [labels[i] for i, s in enumerate(rows["status"]) if s == status.id]
        part_titles = [titles[i] for i, s in enumerate(rows["status"]) if s == status.id]
        duration_ms = (part["due"] - part["start"]).dt.total_seconds() * 1000
        fig.add_bar(
            y=part_labels,
            x=duration_ms.clip(lower=86_400_000 * 3),
            base=part["start"],
            orientation="h",
            name=status.badge(t.lang),
            marker_color=status.color,
            customdata=[
                [t.date(s), t.date(d), escape(title)]
                for s, d, title in zip(part["start"], part["due"], part_titles, strict=True)
            ],
            hovertemplate="%{customdata[2]}<br>%{customdata[0]} – %{customdata[1]}<extra></extra>",
        )
    fig.add_vline(x=pd.Timestamp(as_of).timestamp() * 1000, line_dash="dash", line_color="#333")
    fig.add_annotation(
        x=pd.Timestamp(as_of).timestamp() * 1000, y=1.0, yref="paper", showarrow=False,
        text=f"{t('goal.today')} {t.date(as_of)}", xanchor="right", yanchor="bottom",
    )  # fmt: skip
    if not rows.empty:
        first = min(rows["start"].min(), pd.Timestamp(as_of)) - pd.Timedelta(days=20)
        last = max(rows["due"].max(), pd.Timestamp(as_of)) + pd.Timedelta(days=20)
        fig.update_xaxes(range=[first, last])
        if (last - first).days > 540:  # years as labels: months would collide on a phone
            fig.update_xaxes(dtick="M12", tickformat="%Y", ticklabelmode="period")
        else:
            fig.update_xaxes(dtick="M6", tickformat="%b %Y" if t.lang == "en" else "%m.%Y")
    fig.update_xaxes(type="date", minor={"dtick": "M3", "showgrid": True})
    fig.update_yaxes(
        categoryorder="array", categoryarray=labels, autorange="reversed", tickfont={"size": 13}
    )
    fig.update_layout(barmode="overlay")
    lines = sum(label.count("<br>") + 1 for label in labels)
    _layout(fig, t, height=max(260, 20 * lines + 14 * len(labels) + 130))
    fig.update_layout(legend={"yanchor": "top", "y": -0.12})
    return fig


#: English month abbreviations, as plotly writes ``%b`` (its default locale).
_PLOTLY_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
#: Below this many months a month axis labels every month (or every other one): plotly's
#: own spacing would put ticks between the months.
_MONTHS_AUTO = 10


def _period_x(buckets: list, grain: str, t: Translator) -> list:
    """The x values of period buckets: months as dates (see :func:`_period_axis`), other
    periods as their labels."""
    if grain == "month":
        return [pd.Timestamp(b) for b in buckets]
    return [t.period(b, grain) for b in buckets]


def _period_axis(fig: go.Figure, buckets: list, grain: str, t: Translator) -> None:
    """An x axis of period buckets, labelled as the language writes them.

    Months go on a date axis so that plotly spaces the labels by the chart's width (every
    quarter at 1920 px, every half-year on a phone; every month or every other one when
    there are few): month and year on two lines (``jan.`` over ``2025``), in the
    language's words (plotly's English ``%b`` renamed with ``labelalias``). Other periods
    (``K1 2025``, ``T2 2025``) are categories, one label each.
    """
    names = [t.period(b, grain) for b in buckets]
    if grain != "month" or not buckets:
        fig.update_xaxes(categoryorder="array", categoryarray=names)
        return
    days = [pd.Timestamp(b) for b in buckets]
    first, last = min(days), max(days)
    # Every month plotly may put a tick on: those without figures between the buckets
    # (a summer without a newsletter) and the one on either side of the padded range.
    ticks = pd.date_range(
        first - pd.offsets.MonthBegin(1), last + pd.offsets.MonthBegin(1), freq="MS"
    )
    alias = {
        f"{_PLOTLY_MONTHS[day.month - 1]}<br>{day.year}": "<br>".join(
            t.period(day.date(), grain).rsplit(" ", 1)
        )
        for day in ticks
    }
    fig.update_xaxes(
        type="date",
        tickformat="%b<br>%Y",
        labelalias=alias,
        range=[first - pd.Timedelta(days=16), last + pd.Timedelta(days=16)],
    )
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months < _MONTHS_AUTO:
        fig.update_xaxes(dtick="M1", tick0=first, ticklabelstep=1 if months <= 5 else 2)


def _period_points(buckets: list, values: list, grain: str, t: Translator) -> list[list[str]]:
    """Each point's period and value as the hover and the text alternative show them."""
    return [
        [t.period(b, grain), "" if v is None or pd.isna(v) else t.number(v)]
        for b, v in zip(buckets, values, strict=True)
    ]


def channel_lines(series: pd.DataFrame, metric: str, grain: str, t: Translator) -> go.Figure:
    """One line per channel for one metric over period buckets (audiences summed).

    A period without a figure is a gap in the line, not a zero and not a bridge.
    """
    rows = series[series["metric"] == metric]
    rows = rows.groupby(["bucket", "channel"], as_index=False)["value"].sum()
    buckets = sorted(rows["bucket"].unique())
    x = _period_x(buckets, grain, t)  # the same buckets on every line
    fig = go.Figure()
    for i, (channel, part) in enumerate(rows.groupby("channel", sort=True)):
        values = part.set_index("bucket")["value"].reindex(buckets).tolist()
        fig.add_scatter(
            x=x,
            y=values,
            name=escape(channel),
            mode="lines+markers",
            connectgaps=False,
            line={"width": 3, "color": SERIES_COLORS[i % len(SERIES_COLORS)]},
            marker={"size": 8},
            customdata=_period_points(buckets, values, grain, t),
            hovertemplate="%{fullData.name}<br>%{customdata[0]}: %{customdata[1]}<extra></extra>",
        )
    _period_axis(fig, buckets, grain, t)
    fig.update_yaxes(
        title=escape(metric_word(metric, t.lang)), rangemode="tozero", tickformat=",.0f"
    )
    fig.update_layout(showlegend=True)  # the channel's name, even when it is the only one
    return _layout(fig, t, height=420)


def grouped_bars(
    frame: pd.DataFrame,
    category: str,
    metric: str,
    t: Translator,
    *,
    by: str | None = None,
    horizontal: bool = False,
    grain: str | None = None,
) -> go.Figure:
    """Bars of ``value`` per ``category``, grouped by ``by`` when given; with ``grain``,
    ``category`` holds period buckets (an axis as :func:`_period_axis` draws it)."""
    fig = go.Figure()
    categories = list(dict.fromkeys(frame[category]))
    groups = [(None, frame)] if by is None else list(frame.groupby(by, sort=True))
    for i, (name, part) in enumerate(groups):
        if grain is not None:
            buckets, values = part[category].tolist(), part["value"].tolist()
            fig.add_bar(
                x=_period_x(buckets, grain, t),
                y=values,
                name=str(name) if name is not None else None,
                showlegend=name is not None,
                marker_color=SERIES_COLORS[i % len(SERIES_COLORS)],
                customdata=_period_points(buckets, values, grain, t),
                hovertemplate=f"{name or ''} %{{customdata[0]}}: %{{customdata[1]}}<extra></extra>",
            )
            continue
        labels = [_wrap(str(c), 30) for c in part[category]] if horizontal else part[category]
        fig.add_bar(
            x=part["value"] if horizontal else labels,
            y=labels if horizontal else part["value"],
            orientation="h" if horizontal else "v",
            name=str(name) if name is not None else None,
            showlegend=name is not None,
            marker_color=SERIES_COLORS[i % len(SERIES_COLORS)],
            text=[t.number(v) for v in part["value"]] if by is None else None,
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"{name or ''} %{{{'y' if horizontal else 'x'}}}: "
            f"%{{{'x' if horizontal else 'y'}:,.0f}}<extra></extra>",
        )
    if by is not None:
        fig.update_layout(barmode="group")
    value_axis = fig.update_xaxes if horizontal else fig.update_yaxes
    value_axis(title=escape(metric_word(metric, t.lang)), rangemode="tozero", tickformat=",.0f")
    order = [_wrap(str(c), 30) for c in categories] if horizontal else categories
    category_axis = fig.update_yaxes if horizontal else fig.update_xaxes
    if grain is not None:
        _period_axis(fig, sorted(categories), grain, t)
    else:
        category_axis(categoryorder="array", categoryarray=order)
    if horizontal:
        fig.update_yaxes(autorange="reversed")
    return _layout(fig, t, height=max(300, 48 * len(categories) + 100) if horizontal else 360)


#: The projection's colour: the progress line's hue, lighter (the band) and dashed (the line).
PROJECTION_BAND = "rgba(0, 114, 178, 0.15)"


def add_projection(
    fig: go.Figure, line: pd.DataFrame, t: Translator, *, name: str, band_name: str
) -> go.Figure:
    """Draw a forecast (``date``, ``value``, ``low``, ``high`` from today to the end date)
    on a progress chart: a dashed continuation and its range shaded between two edges."""
    if line.empty:
        return fig
    dates = pd.to_datetime(line["date"])
    fig.add_scatter(
        x=dates, y=line["low"], mode="lines", line={"width": 0}, hoverinfo="skip",
        showlegend=False,
    )  # fmt: skip
    fig.add_scatter(
        x=dates, y=line["high"], mode="lines", line={"width": 0}, fill="tonexty",
        fillcolor=PROJECTION_BAND, name=band_name, hoverinfo="skip", showlegend=True,
    )  # fmt: skip
    fig.add_scatter(
        x=dates,
        y=line["value"],
        mode="lines+markers",
        line={"color": BAR_COLOR, "width": 3, "dash": "dash"},
        marker={"symbol": "circle-open", "size": 9},
        name=name,
        customdata=[
            [t.date(d), _with_range(v, lo, hi, t)]
            for d, v, lo, hi in zip(
                line["date"], line["value"], line["low"], line["high"], strict=True
            )
        ],
        hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
        showlegend=True,
    )
    return fig


def _with_range(value: float, low: float, high: float, t: Translator) -> str:
    """``72 % (60–81 %)``, or ``72 %`` when the range shows as one figure."""
    if t.number(low) == t.number(high):
        return t.percent(value)
    return f"{t.percent(value)} ({t.number(low)}–{t.percent(high)})"
