"""Video: YouTube Studio's table data, chart data and totals."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.presets.base import (
    MetricSpec,
    Preset,
    _blank,
    _cell,
    _Header,
    _is_total,
    _metric_columns,
    _metric_rows,
    _names,
    _shorten,
    _text,
)
from dashboard.ingest.reader import RawTable, ReadError, normalise

# YouTube Studio -------------------------------------------------------------

_YOUTUBE_METRICS: tuple[MetricSpec, ...] = (
    ("pageviews", ("Views", "Visninger")),  # "Visninger": Studio in Norwegian, unconfirmed
    ("impressions", ("Impressions", "Thumbnail impressions")),
    # Studio's "Subscribers" are subscribers gained (net) per row, not a total.
    ("new_followers", ("Subscribers", "Abonnenter")),
)


@dataclass(frozen=True)
class YouTubeTable(Preset):
    """YouTube Studio's "Table data.csv" (per video or per day) and "Chart data.csv"."""

    def matches(self, table: RawTable) -> bool:
        """A video dimension (Content, Video title) or a day with watch time."""
        header = _Header(table.header)
        if not header.has("Views", "Impressions", "Watch time (hours)"):
            return False
        video = header.has("Content") and header.has("Video title", "Video publish time")
        return video or header.has_all("Date", "Watch time (hours)")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """Per day when there is a Date column, else per video on its publish date."""
        header = _Header(table.header)
        metrics = _metric_columns(header, _YOUTUBE_METRICS)
        day_i = header.find("Date")
        published_i = header.find("Video publish time")
        title_i = header.find("Video title")
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if _is_total(_cell(cells, 0)):
                continue
            note = _shorten(_cell(cells, title_i))
            if day_i is not None:
                date = _cell(cells, day_i)
                if _blank(date):
                    continue
                out += _metric_rows(
                    header, line, cells, metrics, date=date, date_column=header.cells[day_i],
                    note=note,
                )  # fmt: skip
                continue
            date = _cell(cells, published_i)
            if _blank(date):
                continue
            name = header.cells[published_i] if published_i is not None else None
            out += _metric_rows(
                header, line, cells, metrics, date=date, date_column=name,
                period_end=date, end_column=name, note=note,
            )  # fmt: skip
        return out


@dataclass(frozen=True)
class YouTubeTotals(Preset):
    """YouTube Studio's "Totals.csv": ``Date`` and the chart's one metric, per day."""

    def matches(self, table: RawTable) -> bool:
        """Named Totals*.csv (the bare two columns look like any wide file otherwise)."""
        stem = normalise(table.file_name.rsplit("/", 1)[-1])
        names = [normalise(h) for h in table.header if _text(h)]
        return stem.startswith("totals") and len(names) == 2 and names[0] == "date"

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One row per day."""
        header = _Header(table.header)
        metrics = _metric_columns(header, _YOUTUBE_METRICS)
        if not metrics:
            raise ReadError("unknown_metric", name=header.cells[1])
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            date = _cell(cells, 0)
            if _blank(date) or _is_total(date):
                continue
            out += _metric_rows(
                header, line, cells, metrics, date=date, date_column=header.cells[0]
            )
        return out


# Column names typical of each export, for finding the header row among the lines.
_TOKENS_YOUTUBE_TABLE = _names(
    "Content", "Video title", "Video publish time", "Duration", "Views",
    "Watch time (hours)", "Subscribers", "Impressions",
    "Impressions click-through rate (%)", "Average view duration",
)  # fmt: skip

YOUTUBE_TOTALS = YouTubeTotals(
    id="youtube-totals",
    name_nb="YouTube Studio – totaler",
    name_en="YouTube Studio – totals",
    name_nn="YouTube Studio – totalar",
    kind="metrics",
    default_channel="YouTube",
    channel_scope="external",
    header_tokens=_names("Date", "Views"),
)
YOUTUBE_TABLE = YouTubeTable(
    id="youtube-table",
    name_nb="YouTube Studio – tabelldata",
    name_en="YouTube Studio – table data",
    name_nn="YouTube Studio – tabelldata",
    kind="metrics",
    default_channel="YouTube",
    channel_scope="external",
    sums_rows=True,
    header_tokens=_TOKENS_YOUTUBE_TABLE,
)
