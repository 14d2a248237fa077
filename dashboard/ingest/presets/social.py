"""Social media: Meta Business Suite (daily series, Facebook and Instagram posts), X, LinkedIn."""

from __future__ import annotations

from collections.abc import Sequence
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

# Meta Business Suite --------------------------------------------------------

# The metric named on line 2 of a daily series, by the words in it, tried in
# this order ("Viewers" before "Views", "profile visits" before anything else).
# English names are from real exports; the Norwegian words are unconfirmed.
_META_METRIC_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("reach", frozenset({"reach", "rekkevidde", "viewers", "seere"})),
    ("visitors", frozenset({"visits", "besøk"})),
    # "Follows" are follows gained that day (a flow); "followers" a count (a stock).
    ("new_followers", frozenset({"follows", "følginger"})),
    ("followers", frozenset({"followers", "følgere", "følger"})),
    ("clicks", frozenset({"clicks", "klikk", "lenkeklikk"})),
    ("impressions", frozenset({"views", "impressions", "visninger", "eksponeringer"})),
)


def meta_metric(name: str) -> str | None:
    """The metric id a Meta daily series' name stands for (``Facebook visits`` → visitors)."""
    words = set(normalise(name).split())
    for metric, known in _META_METRIC_WORDS:
        if words & known:
            return metric
    return None


@dataclass(frozen=True)
class MetaSection:
    """One series of a Meta daily download: its title, its channel and its rows."""

    title: str
    channel: str
    rows: tuple[tuple[Sequence[object], int], ...]


def _meta_channel(title: str) -> str:
    return "Instagram" if "instagram" in title.lower() else "Facebook"


def meta_sections(table: RawTable) -> list[MetaSection]:
    """The series of a Meta daily download, in file order (one for most files).

    The reader keeps reading past the blank line when a title and the same header
    follow, so a later section's title and header arrive as rows: a row with only
    a first cell, followed by the header again, starts the next section.
    """
    header = [normalise(h) for h in table.header if _text(h)]
    title = _meta_metric_name(table)
    sections: list[MetaSection] = []
    current: list[tuple[Sequence[object], int]] = []
    rows = list(zip(table.rows, table.lines, strict=True))
    i = 0
    while i < len(rows):
        cells, line = rows[i]
        following = rows[i + 1][0] if i + 1 < len(rows) else None
        alone = not _blank(_cell(cells, 0)) and all(_blank(c) for c in cells[1:])
        if alone and following is not None and _same_names(following, header):
            sections.append(MetaSection(title, _meta_channel(title), tuple(current)))
            title = _text(_cell(cells, 0)).strip('"')
            current = []
            i += 2  # the title and the repeated header
            continue
        current.append((cells, line))
        i += 1
    sections.append(MetaSection(title, _meta_channel(title), tuple(current)))
    return [s for s in sections if s.rows]


def _same_names(cells: Sequence[object], header: list[str]) -> bool:
    return [normalise(c) for c in cells if _text(c)] == header


def _meta_metric_name(table: RawTable) -> str:
    lines = [p.strip().strip('"') for p in table.preamble]
    lines = [p for p in lines if p and not p.lower().startswith("sep=")]
    return lines[-1] if lines else ""


@dataclass(frozen=True)
class MetaDaily(Preset):
    """Meta Business Suite's daily series: metric name on line 2, then ``Date,Primary``."""

    def matches(self, table: RawTable) -> bool:
        """``Date,Primary`` and nothing else, under the metric's name."""
        names = [normalise(h) for h in table.header if _text(h)]
        return names == ["date", "primary"] and bool(_meta_metric_name(table))

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One row per day; the metric comes from the name above the header.

        A "Reach" or "Visits" download of a page with Instagram linked holds two
        sections: "Facebook reach", its header and days, a blank line, then
        "Instagram reach", the same header and its days. Each section is a series
        of its own, its channel named by its title (see :func:`meta_sections`).
        """
        sections = meta_sections(table)
        header = _Header(table.header)
        out: list[CanonicalRow] = []
        for section in sections:
            metric = meta_metric(section.title)
            if metric is None:
                raise ReadError("unknown_metric", name=section.title)
            for cells, line in section.rows:
                date = _cell(cells, 0)
                if _blank(date) or _is_total(date):
                    continue
                rows = _metric_rows(
                    header, line, cells, [(metric, 1)], date=date, date_column=header.cells[0]
                )
                if len(sections) > 1:
                    for row in rows:
                        row.values["channel"] = section.channel
                out += rows
        return out

    def suggest_channel(self, table: RawTable) -> str | None:
        """Instagram when the series is an Instagram one, else Facebook."""
        return _meta_channel(_meta_metric_name(table))


@dataclass(frozen=True)
class PostExport(Preset):
    """One row per post (Meta, Instagram, X): rows dated by the post's publish time."""

    required: tuple[tuple[str, ...], ...] = ()
    date_columns: tuple[str, ...] = ()
    text_columns: tuple[str, ...] = ()
    metrics: tuple[MetricSpec, ...] = ()

    def matches(self, table: RawTable) -> bool:
        """Every group in ``required`` has one of its columns."""
        header = _Header(table.header)
        return all(header.has(*group) for group in self.required)

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One row per post per mapped metric; period start and end are the post's date."""
        header = _Header(table.header)
        date_i = header.find(*self.date_columns)
        metrics = _metric_columns(header, self.metrics)
        text_is = [i for name in self.text_columns if (i := header.find(name)) is not None]
        date_name = header.cells[date_i] if date_i is not None else None
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            date = _cell(cells, date_i)
            if _blank(date) or _is_total(_cell(cells, 0)) or _is_total(date):
                continue
            note = next((n for i in text_is if (n := _shorten(_cell(cells, i)))), None)
            out += _metric_rows(
                header,
                line,
                cells,
                metrics,
                date=date,
                date_column=date_name,
                period_end=date,
                end_column=date_name,
                note=note,
            )
        return out


# LinkedIn page analytics -----------------------------------------------------


@dataclass(frozen=True)
class DailySeries(Preset):
    """A table with a date column and metric columns, one row per day (LinkedIn)."""

    required: tuple[tuple[str, ...], ...] = ()
    metrics: tuple[MetricSpec, ...] = ()

    def matches(self, table: RawTable) -> bool:
        """Every group in ``required`` has one of its columns, and a Date column."""
        header = _Header(table.header)
        return header.has("Date") and all(header.has(*group) for group in self.required)

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One row per day per mapped metric."""
        header = _Header(table.header)
        date_i = header.find("Date")
        metrics = _metric_columns(header, self.metrics)
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            date = _cell(cells, date_i)
            if _blank(date) or _is_total(date):
                continue
            out += _metric_rows(
                header, line, cells, metrics, date=date, date_column=header.cells[date_i or 0]
            )
        return out


# The presets ------------------------------------------------------------------

# Column names typical of each export, for finding the header row among the lines.
_TOKENS_META_POSTS = _names(
    "Post ID", "Page ID", "Page name", "Title", "Publish time", "Permalink", "Post type",
    "Views", "Reach", "Reactions, Comments and Shares", "Total clicks",
)  # fmt: skip
_TOKENS_INSTAGRAM_POSTS = _names(
    "Post ID", "Account ID", "Account username", "Account name", "Description",
    "Publish time", "Permalink", "Post type", "Views", "Reach", "Likes", "Saves",
)  # fmt: skip
_TOKENS_X_POSTS = _names(
    "Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements",
    "url clicks", "Post id", "Post text", "Post Link", "URL Clicks",
)  # fmt: skip
_TOKENS_LINKEDIN_CONTENT = _names(
    "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
    "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)",
    "Clicks (total)", "Reactions (organic)", "Reactions (sponsored)",
    "Reactions (total)", "Comments (total)", "Reposts (total)",
    "Engagement rate (total)",
)  # fmt: skip
_TOKENS_LINKEDIN_FOLLOWERS = _names(
    "Date", "Sponsored followers", "Organic followers", "Auto-invited followers",
    "Total followers",
)  # fmt: skip

META_DAILY = MetaDaily(
    id="meta-daily",
    name_nb="Meta Business Suite – daglig serie",
    name_en="Meta Business Suite – daily series",
    name_nn="Meta Business Suite – dagleg serie",
    kind="metrics",
    default_channel="Facebook",
    channel_scope="external",
    header_tokens=_names("Date", "Primary"),
)
META_POSTS = PostExport(
    id="meta-posts",
    name_nb="Meta Business Suite – innlegg (Facebook)",
    name_en="Meta Business Suite – posts (Facebook)",
    name_nn="Meta Business Suite – innlegg (Facebook)",
    kind="metrics",
    default_channel="Facebook",
    channel_scope="external",
    sums_rows=True,
    header_tokens=_TOKENS_META_POSTS,
    date_order="mdy",
    required=(("Post ID",), ("Page ID", "Page name"), ("Publish time",)),
    date_columns=("Publish time",),
    text_columns=("Title", "Description"),
    metrics=(
        ("impressions", ("Views", "Impressions")),
        ("reach", ("Reach",)),
        ("clicks", ("Total clicks",)),
    ),
)
INSTAGRAM_POSTS = PostExport(
    id="instagram-posts",
    name_nb="Instagram – innlegg",
    name_en="Instagram – posts",
    name_nn="Instagram – innlegg",
    kind="metrics",
    default_channel="Instagram",
    channel_scope="external",
    sums_rows=True,
    header_tokens=_TOKENS_INSTAGRAM_POSTS,
    date_order="mdy",
    required=(("Post ID",), ("Account username", "Account ID"), ("Publish time",)),
    date_columns=("Publish time",),
    text_columns=("Description",),
    metrics=(("impressions", ("Views", "Impressions")), ("reach", ("Reach",))),
)
X_POSTS = PostExport(
    id="x-posts",
    name_nb="X (Twitter) – innleggsaktivitet",
    name_en="X (Twitter) – post activity",
    name_nn="X (Twitter) – innleggsaktivitet",
    kind="metrics",
    default_channel="X (Twitter)",
    channel_scope="external",
    sums_rows=True,
    header_tokens=_TOKENS_X_POSTS,
    required=(("Tweet id", "Post id"), ("Tweet text", "Post text"), ("impressions",)),
    date_columns=("time", "Date"),
    text_columns=("Tweet text", "Post text"),
    metrics=(("impressions", ("impressions",)), ("clicks", ("url clicks",))),
)
LINKEDIN_CONTENT = DailySeries(
    id="linkedin-content",
    name_nb="LinkedIn-side – innhold",
    name_en="LinkedIn page – content",
    name_nn="LinkedIn-side – innhald",
    kind="metrics",
    default_channel="LinkedIn",
    channel_scope="external",
    header_tokens=_TOKENS_LINKEDIN_CONTENT,
    date_order="mdy",
    required=(("Impressions (total)",), ("Unique impressions (organic)", "Clicks (total)")),
    metrics=(
        ("impressions", ("Impressions (total)",)),
        ("reach", ("Unique impressions (organic)",)),
        ("clicks", ("Clicks (total)",)),
    ),
)
LINKEDIN_FOLLOWERS = DailySeries(
    id="linkedin-followers",
    name_nb="LinkedIn-side – nye følgere",
    name_en="LinkedIn page – new followers",
    name_nn="LinkedIn-side – nye følgjarar",
    kind="metrics",
    default_channel="LinkedIn",
    channel_scope="external",
    header_tokens=_TOKENS_LINKEDIN_FOLLOWERS,
    date_order="mdy",
    required=(("Total followers",), ("Organic followers", "Sponsored followers")),
    # The "new followers" sheet: followers gained per day, not the running total.
    metrics=(("new_followers", ("Total followers",)),),
)
