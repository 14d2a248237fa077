"""Presets for the exports people already download (Meta, GA4, Matomo, Mailchimp, …).

Each preset recognises its tool's file from the header (and preamble) and turns
its rows into canonical rows: channel metrics, or measures with their status.
Cells pass through raw; the validator parses numbers and dates later. A preset
only derives a value itself where the file has none to pass on (a period from a
GA4 comment line, a Matomo month, a Teams meeting's date and head count).

Metric choices, made once for every tool so channels compare:

* "Views"/"Visninger" of social content (Meta since 2025, Instagram) count times
  the content was on screen: ``impressions``. Meta's "Viewers" and LinkedIn's
  "Unique impressions" count accounts: ``reach``.
* Web and video views count the content being opened: GA4 "Views", Matomo
  "Pageviews" and YouTube "Views" are ``pageviews``; YouTube's thumbnail
  "Impressions" are ``impressions``.
* Clicks are clicks on links: X "url clicks", Meta "Total clicks", LinkedIn
  "Clicks (total)", Mailchimp "Unique Clicks". X "engagements" (likes, replies,
  expands …) are not clicks and are not imported.
* Mailchimp recipients are the newsletter's ``reach``; unique opens ``opens``.
* Meta "follows", LinkedIn's daily "Total followers" and YouTube "Subscribers"
  count followers gained in the period; they go to ``followers`` and
  ``subscribers`` although Planpuls reads those as a count at a moment
  (labels.STOCK_METRICS), which a gain per day is not.
* Norwegian column names that no export seen in public sources confirms (GA4,
  YouTube, Meta metric names) are matched as well, marked where they are listed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.reader import RawTable, ReadError, normalise
from dashboard.labels import parse_status, tool_status_words

#: A post's text is cut to this many characters for the row's note.
NOTE_MAX = 80
#: First cells of totals rows, which are dropped (the validator never sees them).
TOTAL_WORDS = frozenset({"total", "totals", "totalt", "grand total", "sum", "summer", "totalsum"})

MetricSpec = tuple[str, tuple[str, ...]]


def _names(*names: str) -> frozenset[str]:
    return frozenset(normalise(n) for n in names)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _id_text(value: object) -> str | None:
    """An identifier as text: Excel hands monday's item ids over as numbers."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _text(value) or None


def _blank(value: object) -> bool:
    return _text(value) == ""


def _is_total(value: object) -> bool:
    return normalise(value) in TOTAL_WORDS


def _shorten(value: object) -> str | None:
    """A post's text on one line, cut to NOTE_MAX characters; None when empty."""
    text = " ".join(_text(value).split())
    if not text:
        return None
    return text if len(text) <= NOTE_MAX else text[: NOTE_MAX - 1].rstrip() + "…"


class _Header:
    """The table's header by normalised name: first occurrence wins (Jira repeats names)."""

    def __init__(self, cells: Sequence[object]) -> None:
        self.cells = [_text(c) for c in cells]
        self.index: dict[str, int] = {}
        for i, cell in enumerate(self.cells):
            self.index.setdefault(normalise(cell), i)

    def names(self) -> set[str]:
        """Every normalised header name."""
        return {n for n in self.index if n}

    def find(self, *names: str) -> int | None:
        """Index of the first of ``names`` present (in the order given), or None."""
        for name in names:
            i = self.index.get(normalise(name))
            if i is not None:
                return i
        return None

    def has(self, *names: str) -> bool:
        """Whether any of ``names`` is a column."""
        return self.find(*names) is not None

    def has_all(self, *names: str) -> bool:
        """Whether every one of ``names`` is a column."""
        return all(self.find(n) is not None for n in names)


def _cell(cells: Sequence[object], index: int | None) -> object:
    if index is None or index >= len(cells):
        return None
    return cells[index]


def _metric_columns(header: _Header, specs: Iterable[MetricSpec]) -> list[tuple[str, int]]:
    """(metric id, column index) for each spec whose column is there; one column per metric."""
    found: list[tuple[str, int]] = []
    for metric, names in specs:
        index = header.find(*names)
        if index is not None:
            found.append((metric, index))
    return found


def _metric_rows(
    header: _Header,
    line: int,
    cells: Sequence[object],
    metrics: Iterable[tuple[str, int]],
    *,
    date: object,
    date_column: str | None,
    period_end: object = None,
    end_column: str | None = None,
    note: str | None = None,
) -> list[CanonicalRow]:
    """One canonical metric row per metric column of one source row."""
    rows = []
    for metric, index in metrics:
        values: dict[str, object] = {"date": date, "metric": metric, "value": _cell(cells, index)}
        columns = {"metric": header.cells[index], "value": header.cells[index]}
        if date_column:
            columns["date"] = date_column
        if period_end is not None:
            values["period_end"] = period_end
            if end_column:
                columns["period_end"] = end_column
        if note:
            values["note"] = note
        rows.append(CanonicalRow(line, values, columns))
    return rows


# Dates a preset has to derive itself (never the cells it passes through) --------

_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_end(year: int, month: int) -> str:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return (first_next - dt.timedelta(days=1)).isoformat()


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")


def _slash_order(texts: Iterable[str]) -> str:
    """``dmy`` when some slashed date's first number cannot be a month, else ``mdy`` (en-US)."""
    for text in texts:
        if match := _SLASHED.match(text.strip()):
            if int(match[1]) > 12:
                return "dmy"
            if int(match[2]) > 12:
                return "mdy"
    return "mdy"


def _meeting_date(text: str, order: str) -> str | None:
    """A Teams time as an ISO date: ``1/15/25, 9:00:00 AM``, ``15.01.2025 09:00``, ISO.

    Teams writes times in the downloading user's locale (Microsoft does not
    document the formats): dotted dates are day first, slashed ones in ``order``.
    """
    text = text.strip()
    if match := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    if match := re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})", text):
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        return _iso(year, int(match[2]), int(match[1]))
    if match := _SLASHED.match(text):
        first, second = int(match[1]), int(match[2])
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        month, day = (second, first) if order == "dmy" else (first, second)
        return _iso(year, month, day)
    return None


# The preset base -------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    """A known tool's export: how to recognise it and how to read its rows."""

    id: str
    name_nb: str
    name_en: str
    kind: str
    default_channel: str | None
    channel_scope: str
    header_tokens: frozenset[str]
    #: How the tool writes slashed dates ("mdy" for US tools), for the validator.
    date_order: str | None = None
    #: Rows are parts of one figure (posts of a day, pages of a period): rows with the
    #: same period and metric are to be added up, not refused as duplicates.
    sums_rows: bool = False
    #: The name in nynorsk (set for every preset; tests/test_nynorsk.py checks).
    name_nn: str = ""

    def name(self, lang: str) -> str:
        """The tool's export named in the UI language (bokmål's for one without its own)."""
        return {"en": self.name_en, "nn": self.name_nn}.get(lang) or self.name_nb

    def matches(self, table: RawTable) -> bool:
        """Whether the table is this tool's export."""
        raise NotImplementedError

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """The table's rows in canonical terms."""
        raise NotImplementedError

    def suggest_channel(self, table: RawTable) -> str | None:
        """The channel to suggest for this file (Meta's daily series says which network)."""
        return self.default_channel


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


# Microsoft Teams attendance report ------------------------------------------

_TEAMS_START = re.compile(r"^(?:start time|starttidspunkt|starttid)\b[:\s]*(.+)$", re.IGNORECASE)
_TEAMS_SECTION = re.compile(r"^\d+\.\s+\S")
_TEAMS_TITLE = re.compile(r"^(?:meeting title|møtetittel)\b[:\s]*(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class TeamsAttendance(Preset):
    """Teams' attendance report: "1. Summary" lines, then "2. Participants" as the table."""

    def matches(self, table: RawTable) -> bool:
        """The participants header: name, first join, last leave, in-meeting duration."""
        header = _Header(table.header)
        return header.has("Name") and (
            header.has_all("First join", "Last leave") or header.has("In-meeting duration")
        )

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One row: the meeting's distinct participants on its start date; no names kept."""
        header = _Header(table.header)
        keys = [
            header.find("Email"),
            header.find("Participant ID (UPN)", "Participant ID"),
            header.find("Name"),
        ]
        seen: set[str] = set()
        for cells in table.rows:
            first = _text(_cell(cells, 0))
            if _TEAMS_SECTION.match(first) or normalise(first) == "name":
                break  # "3. In-Meeting Activities" lists people again, once per join
            # The same person can be listed twice (organiser who rejoined, two
            # devices); count by e-mail, else by account, else by display name.
            key = next((_text(_cell(cells, i)).lower() for i in keys if _text(_cell(cells, i))), "")
            if key:
                seen.add(key)
        title = start_text = None
        for line in table.preamble:
            text = line.strip()
            if title is None and (match := _TEAMS_TITLE.match(text)):
                title = match[1].strip()
            if start_text is None and (match := _TEAMS_START.match(text)):
                start_text = match[1]
        # Join and leave times settle the day/month order when the start time cannot.
        times = [
            _text(_cell(cells, i))
            for cells in table.rows
            for i in (header.find("First join", "Join time"), header.find("Last leave"))
        ]
        order = _slash_order([start_text or "", *times])
        start = _meeting_date(start_text, order) if start_text else None
        if start is None:
            days = [_meeting_date(t, order) for t in times]
            start = min((d for d in days if d), default=None)
        values: dict[str, object] = {
            "date": start,
            "period_end": start,
            "metric": "participants",
            "value": len(seen),
        }
        if title:
            values["note"] = _shorten(title)
        # The count is the Participants table's; its first row stands for it.
        line = table.lines[0] if table.lines else table.header_line
        return [CanonicalRow(line, values, {})]


# Google Analytics 4 ---------------------------------------------------------

_GA4_DAY = ("Date", "Dato")
_GA4_VIEWS: MetricSpec = ("pageviews", ("Views", "Visninger", "Screen page views"))
_GA4_USERS: MetricSpec = (
    "visitors",
    ("Active users", "Aktive brukere", "Total users", "Totalt antall brukere", "Users", "Brukere"),
)
# Metric columns GA4 writes; its tables put the dimensions before all of them.
_GA4_METRIC_NAMES = _names(
    *_GA4_VIEWS[1], *_GA4_USERS[1], "Sessions", "Økter", "New users", "Nye brukere",
    "Event count", "Antall hendelser", "Engaged sessions", "Engasjerte økter",
    "Views per active user", "Average engagement time per active user",
    "Average engagement time", "Engagement rate", "Key events", "Conversions",
    "Total revenue", "Bounce rate", "Event count per active user",
    "Average engagement time per session", "Views per session", "Sessions per active user",
)  # fmt: skip


def _ga4_period(preamble: Sequence[str]) -> tuple[str | None, str | None]:
    """Start and end of the report period from GA4's ``#`` lines (``# Start date: 20250101``)."""
    found: list[str] = []
    for line in preamble:
        if not line.lstrip().startswith("#"):
            continue
        for match in _COMPACT.finditer(line):
            if iso := _iso(int(match[1]), int(match[2]), int(match[3])):
                found.append(iso)
    if not found:
        return None, None
    return found[0], found[1] if len(found) > 1 else found[0]


@dataclass(frozen=True)
class GA4(Preset):
    """A Google Analytics 4 report download: a ``#`` block with the period, then the table."""

    def matches(self, table: RawTable) -> bool:
        """The ``#`` preamble with dates (or GA4's dashed rule) and a GA4 metric column."""
        comments = [p for p in table.preamble if p.lstrip().startswith("#")]
        marked = any(re.match(r"#\s*-{8,}", p.strip()) for p in comments)
        dated = _ga4_period(comments)[0] is not None
        header = _Header(table.header)
        return (marked or dated) and header.has(*_GA4_VIEWS[1], *_GA4_USERS[1])

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """Per day with a Date column, else one row for the period; breakdowns keep only views.

        Users of a page or a country do not add up to the site's users (one
        person visits several pages), so a table broken down by a dimension
        gives page views only, one row per dimension value with it as the note.
        """
        header = _Header(table.header)
        day_i = header.find(*_GA4_DAY)
        first_metric = min(
            (i for i, name in enumerate(header.cells) if normalise(name) in _GA4_METRIC_NAMES),
            default=len(header.cells),
        )
        day_names = _names(*_GA4_DAY)
        dimension_i = next(
            (i for i in range(first_metric) if normalise(header.cells[i]) not in day_names), None
        )
        specs = [_GA4_VIEWS] if dimension_i is not None else [_GA4_VIEWS, _GA4_USERS]
        metrics = _metric_columns(header, specs)
        start, end = _ga4_period(table.preamble)
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if any(normalise(c) == "grand total" for c in cells) or _is_total(_cell(cells, 0)):
                continue
            note = _shorten(_cell(cells, dimension_i)) if dimension_i is not None else None
            if dimension_i is not None and note is None:
                continue  # a free-form export's totals row has empty dimensions
            if day_i is not None:
                day = _cell(cells, day_i)
                if _blank(day):
                    continue
                out += _metric_rows(
                    header, line, cells, metrics, date=day, date_column=header.cells[day_i],
                    note=note,
                )  # fmt: skip
            else:
                out += _metric_rows(
                    header, line, cells, metrics, date=start, date_column=None,
                    period_end=end, note=note,
                )  # fmt: skip
        return out


# Matomo ---------------------------------------------------------------------

# Column names seen in Matomo exports: the API's own (format=CSV) and the ones
# the UI export writes with translateColumnNames=1, in English and Norwegian
# (Matomo's lang/en.json and lang/nb.json).
_MATOMO_VISITORS: MetricSpec = (
    "visitors",
    ("nb_uniq_visitors", "Unique visitors", "Unike besøkere", "nb_visits", "Visits", "Besøk"),
)
_MATOMO_PAGEVIEWS: MetricSpec = (
    "pageviews",
    ("nb_pageviews", "nb_hits", "Pageviews", "Sidevisninger"),
)
# Columns only Matomo writes: a file needs two of them, so a Planpuls file with
# "Besøk" and "Sidevisninger" stays a Planpuls file.
_MATOMO_OWN = _names(
    "nb_uniq_visitors", "nb_visits", "nb_actions", "nb_users", "nb_pageviews", "nb_hits",
    "nb_uniq_pageviews", "bounce_count", "bounce_rate", "sum_visit_length", "max_actions",
    "nb_actions_per_visit", "avg_time_on_site", "nb_visits_converted", "sum_time_spent",
    "Unique visitors", "Actions", "Bounces", "Bounce Rate", "Actions per Visit",
    "Avg. Time on Website", "Maximum actions in one visit",
    "Total time spent by visitors (in seconds)", "Visits with Conversions", "Unique Pageviews",
    "Exit rate", "Entrances", "Exits", "Avg. time on page",
    "Unike besøkere", "Handlinger", "Sprett", "Sprettfrekvens", "Handlinger per besøk",
    "Gj.snitt. tid på nettstedet", "Maksimalt antall handlinger under ett besøk",
    "Total tid brukt av besøkere (i sekunder)", "Besøk med konvertering",
    "Unike sidevisninger", "Utgangsfrekvens", "Innganger", "Utganger",
)  # fmt: skip
_MATOMO_DAY = ("date", "Date", "Dato")
_MATOMO_LABEL = ("label", "Label")


def _matomo_period(key: object) -> tuple[object, object | None, bool]:
    """(start, end, derived) for a Matomo period key: a day passes raw; a month or range not."""
    text = _text(key)
    days = _ISO_DAY.findall(text)
    if len(days) >= 2:  # a week or range: "2025-01-06,2025-01-12"
        return (
            _iso(*map(int, days[0])),
            _iso(*map(int, days[-1])),
            True,
        )
    if not days and (month := _MONTH.fullmatch(text)):
        year, number = int(month[1]), int(month[2])
        return f"{year:04d}-{number:02d}-01", _month_end(year, number), True
    return key, None, False


@dataclass(frozen=True)
class Matomo(Preset):
    """A Matomo report export (CSV or TSV), one row per period: Visits Summary and the like."""

    def matches(self, table: RawTable) -> bool:
        """Two columns only Matomo writes, and no Planpuls channel column."""
        header = _Header(table.header)
        own = header.names() & _MATOMO_OWN
        return len(own) >= 2 and not header.has("kanal", "channel")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One row per period per metric; a label breakdown gives page views only.

        A single period's export has no date column at all, so there is nothing
        to date the rows by: the user is told to export a period range instead.
        """
        header = _Header(table.header)
        day_i = header.find(*_MATOMO_DAY)
        if day_i is None:
            raise ReadError("no_period", preset=self.id)
        label_i = header.find(*_MATOMO_LABEL)
        breakdown = label_i is not None
        specs = [_MATOMO_PAGEVIEWS] if breakdown else [_MATOMO_VISITORS, _MATOMO_PAGEVIEWS]
        metrics = _metric_columns(header, specs)
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            key = _cell(cells, day_i)
            if _blank(key) or _is_total(key):
                continue
            start, end, derived = _matomo_period(key)
            name = None if derived else header.cells[day_i]
            note = _shorten(_cell(cells, label_i)) if label_i is not None else None
            out += _metric_rows(
                header, line, cells, metrics, date=start, date_column=name, period_end=end,
                note=note,
            )  # fmt: skip
        return out


# Measures: Jira, Asana, monday.com, Microsoft Planner ------------------------


def _status_id(raw: object, vocabulary: dict[str, str]) -> object:
    """A Planpuls status id for the tool's word, or the raw word for the validator to report."""
    text = _text(raw)
    if not text:
        return None
    return vocabulary.get(normalise(text)) or parse_status(text) or text


def _vocabulary(mapping: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalise(word): status for status, words in mapping.items() for word in words}


# Each tool's words for a status are declared with the status (labels.Status.tool_words).
_JIRA_STATUS = _vocabulary(tool_status_words("jira"))
_JIRA_CATEGORY = _vocabulary(tool_status_words("jira_category"))
_JIRA_NOT_DONE = _names("Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Declined")
_ASANA_STATUS = _vocabulary(tool_status_words("asana"))
_MONDAY_STATUS = _vocabulary(tool_status_words("monday"))
_PLANNER_STATUS = _vocabulary(tool_status_words("planner"))
_TRUE = _names("true", "yes", "ja", "sann", "1")


def _measure_row(
    header: _Header, line: int, cells: Sequence[object], picks: dict[str, int | None]
) -> tuple[dict[str, object], dict[str, str]]:
    values = {key: _cell(cells, i) for key, i in picks.items() if i is not None}
    if "measure_id" in values:
        values["measure_id"] = _id_text(values["measure_id"])
    columns = {key: header.cells[i] for key, i in picks.items() if i is not None}
    return values, columns


@dataclass(frozen=True)
class Jira(Preset):
    """Jira's "Export Excel CSV (all fields)": one row per issue; epics are the goals."""

    def matches(self, table: RawTable) -> bool:
        """``Issue key`` and ``Summary``."""
        return _Header(table.header).has_all("Issue key", "Summary")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One measure per issue that is not an epic (an epic's issues name it as their goal)."""
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Issue key"),
            "title": header.find("Summary"),
            "goal_id": header.find(
                "Parent summary", "Custom field (Epic Link)", "Epic Link", "Parent",
                "Custom field (Epic Name)",
            ),
            "owner": header.find("Assignee"),
            "start": header.find("Custom field (Start date)", "Start date"),
            "due": header.find("Due date", "Due Date"),
            "updated": header.find("Updated"),
        }  # fmt: skip
        status_i = header.find("Status")
        resolution_i = header.find("Resolution")
        category_i = header.find("Status Category")
        type_i = header.find("Issue Type")
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if normalise(_cell(cells, type_i)) == "epic" or _blank(_cell(cells, picks["title"])):
                continue
            values, columns = _measure_row(header, line, cells, picks)
            raw = _cell(cells, status_i)
            status = _JIRA_STATUS.get(normalise(raw))
            if status is None and not _blank(_cell(cells, category_i)):
                status = _JIRA_CATEGORY.get(normalise(_cell(cells, category_i)))
            if status == "done" and normalise(_cell(cells, resolution_i)) in _JIRA_NOT_DONE:
                status = "cancelled"
            values["status"] = status or _status_id(raw, {})
            if status_i is not None:
                columns["status"] = header.cells[status_i]
            out.append(CanonicalRow(line, values, columns))
        return out


@dataclass(frozen=True)
class Asana(Preset):
    """Asana's project CSV export: one row per task, sections are the goals."""

    def matches(self, table: RawTable) -> bool:
        """``Task ID``, ``Section/Column`` and Asana's ``Completed At``."""
        return _Header(table.header).has_all("Task ID", "Section/Column", "Completed At")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """Done when completed; else a status custom field if the project has one, else on track."""
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Task ID"),
            "title": header.find("Name"),
            "goal_id": header.find("Section/Column"),
            "owner": header.find("Assignee"),
            "start": header.find("Start Date"),
            "due": header.find("Due Date"),
            "updated": header.find("Last Modified"),
        }
        completed_i = header.find("Completed At")
        status_i = header.find("Status", "Project status")
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if _blank(_cell(cells, picks["title"])):
                continue
            values, columns = _measure_row(header, line, cells, picks)
            if not _blank(_cell(cells, completed_i)):
                values["status"], columns["status"] = "done", header.cells[completed_i or 0]
            elif status_i is not None and not _blank(_cell(cells, status_i)):
                values["status"] = _status_id(_cell(cells, status_i), _ASANA_STATUS)
                columns["status"] = header.cells[status_i]
            else:
                values["status"] = "on_track"
            out.append(CanonicalRow(line, values, columns))
        return out


def _monday_header(cells: Sequence[object]) -> bool:
    return [normalise(c) for c in cells[:2]] == ["name", "subitems"]


@dataclass(frozen=True)
class Monday(Preset):
    """monday.com's board export (.xlsx): board name, then per group its title, header, items."""

    def matches(self, table: RawTable) -> bool:
        """``Name`` then ``Subitems`` at the start of the header, or monday's Item ID column."""
        names = [normalise(h) for h in table.header]
        return names[:2] == ["name", "subitems"] or "item id auto generated" in names

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One measure per item; its group's title is the goal; subitems are left out.

        The first group's title is the last line above the header. Later groups
        repeat title and header inside the rows (when the reader keeps reading
        past the blank line between groups), so those rows switch the group.
        """
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Item ID (auto generated)", "Item ID"),
            "title": header.find("Name"),
            "owner": header.find("Person", "Owner", "People", "Ansvarlig", "Eier"),
            "start": header.find("Start date", "Start", "Startdato"),
            "due": header.find("Date", "Due date", "Due Date", "Deadline", "Frist", "Dato"),
            "status": header.find("Status"),
            "progress": header.find("Progress", "Fremdrift"),
            "updated": header.find("Last updated", "Sist oppdatert"),
        }
        if picks["measure_id"] is None:
            picks["measure_id"] = picks["title"]
        timeline_i = header.find("Timeline", "Tidslinje")
        group = table.preamble[-1].strip() if len(table.preamble) > 1 else None
        out: list[CanonicalRow] = []
        for i, (cells, line) in enumerate(zip(table.rows, table.lines, strict=True)):
            first = _text(_cell(cells, 0))
            if normalise(first) == "subitems" or not first:
                continue  # subitems: their own header row, then rows named in column two
            if _monday_header(cells):
                continue  # the next group's header row
            if i + 1 < len(table.rows) and _monday_header(table.rows[i + 1]):
                group = first  # the next group's title, just above its header
                continue
            values, columns = _measure_row(header, line, cells, picks)
            values["goal_id"] = group
            if picks["status"] is not None:
                status = _status_id(_cell(cells, picks["status"]), _MONDAY_STATUS)
                # monday's unlabelled (grey) status is the board's "not started".
                values["status"] = status or "not_started"
            start, _, due = _text(_cell(cells, timeline_i)).partition(" - ")
            for key, part in (("start", start), ("due", due)):
                if part.strip() and _blank(values.get(key)):
                    values[key] = part.strip()
                    columns[key] = header.cells[timeline_i or 0]
            out.append(CanonicalRow(line, values, columns))
        return out


@dataclass(frozen=True)
class Planner(Preset):
    """Microsoft Planner's "Export plan to Excel": plan details above, one row per task."""

    def matches(self, table: RawTable) -> bool:
        """``Task Name`` and ``Bucket Name``."""
        return _Header(table.header).has_all("Task Name", "Bucket Name")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """Status from Progress, made delayed when Planner marks the task Late."""
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Task ID"),
            "title": header.find("Task Name"),
            "goal_id": header.find("Bucket Name"),
            "owner": header.find("Assigned To"),
            "start": header.find("Start date", "Start Date"),
            "due": header.find("Due date", "Due Date"),
            "updated": header.find("Completed Date"),
        }
        progress_i = header.find("Progress")
        late_i = header.find("Late")
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if _blank(_cell(cells, picks["title"])):
                continue
            values, columns = _measure_row(header, line, cells, picks)
            status = _status_id(_cell(cells, progress_i), _PLANNER_STATUS)
            late = normalise(_cell(cells, late_i)) in _TRUE or _cell(cells, late_i) is True
            if late and status in {"not_started", "on_track"}:
                status = "delayed"
            values["status"] = status
            if progress_i is not None:
                columns["status"] = header.cells[progress_i]
            out.append(CanonicalRow(line, values, columns))
        return out


# The presets, most specific first --------------------------------------------

# Column names typical of each export, for finding the header row among the lines.
_TOKENS_TEAMS_ATTENDANCE = _names(
    "Name", "First join", "Last leave", "In-meeting duration", "Email",
    "Participant ID (UPN)", "Role",
)  # fmt: skip
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
_TOKENS_MAILCHIMP_CAMPAIGNS = _names(
    "Title", "Subject", "List", "Send Date", "Total Recipients", "Successful Deliveries",
    "Unique Opens", "Open Rate", "Unique Clicks", "Click Rate", "Unsubscribes",
    "Emails sent",
)  # fmt: skip
_TOKENS_YOUTUBE_TABLE = _names(
    "Content", "Video title", "Video publish time", "Duration", "Views",
    "Watch time (hours)", "Subscribers", "Impressions",
    "Impressions click-through rate (%)", "Average view duration",
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
_TOKENS_GA4 = _names(
    "Date", "Page path and screen class", "Page title and screen class", "Views",
    "Active users", "Total users", "New users", "Sessions", "Event count",
    "Views per active user", "Average engagement time per active user",
    # Norwegian UI names: not confirmed from any export seen.
    "Aktive brukere", "Sidebane og skjermklasse",
)  # fmt: skip
_TOKENS_JIRA = _names(
    "Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Resolution",
    "Assignee", "Reporter", "Created", "Updated", "Due date", "Parent", "Parent summary",
    "Status Category", "Custom field (Epic Link)", "Custom field (Start date)",
)  # fmt: skip
_TOKENS_ASANA = _names(
    "Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column",
    "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects",
    "Parent task",
)  # fmt: skip
_TOKENS_MONDAY = _names(
    "Name", "Subitems", "Person", "Owner", "Status", "Date", "Timeline", "Priority",
    "Last updated", "Item ID (auto generated)",
)  # fmt: skip
_TOKENS_PLANNER = _names(
    "Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
    "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
    "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
    "Labels", "Description",
)  # fmt: skip

PRESETS: tuple[Preset, ...] = (
    TeamsAttendance(
        id="teams-attendance",
        name_nb="Microsoft Teams – fremmøterapport",
        name_en="Microsoft Teams – attendance report",
        name_nn="Microsoft Teams – frammøterapport",
        kind="metrics",
        default_channel="Teams",
        channel_scope="internal",
        header_tokens=_TOKENS_TEAMS_ATTENDANCE,
    ),
    MetaDaily(
        id="meta-daily",
        name_nb="Meta Business Suite – daglig serie",
        name_en="Meta Business Suite – daily series",
        name_nn="Meta Business Suite – dagleg serie",
        kind="metrics",
        default_channel="Facebook",
        channel_scope="external",
        header_tokens=_names("Date", "Primary"),
    ),
    PostExport(
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
    ),
    PostExport(
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
    ),
    PostExport(
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
    ),
    PostExport(
        id="mailchimp-campaigns",
        name_nb="Mailchimp – kampanjer",
        name_en="Mailchimp – campaigns",
        name_nn="Mailchimp – kampanjar",
        kind="metrics",
        default_channel="Nyhetsbrev",
        channel_scope="external",
        sums_rows=True,
        header_tokens=_TOKENS_MAILCHIMP_CAMPAIGNS,
        required=(("Send Date",), ("Total Recipients", "Emails sent", "Successful Deliveries")),
        date_columns=("Send Date",),
        text_columns=("Title", "Campaign Title", "Campaign Name", "Subject"),
        metrics=(
            ("reach", ("Total Recipients", "Emails sent", "Successful Deliveries")),
            ("opens", ("Unique Opens", "Opens")),
            ("clicks", ("Unique Clicks", "Clicks")),
        ),
    ),
    YouTubeTotals(
        id="youtube-totals",
        name_nb="YouTube Studio – totaler",
        name_en="YouTube Studio – totals",
        name_nn="YouTube Studio – totalar",
        kind="metrics",
        default_channel="YouTube",
        channel_scope="external",
        header_tokens=_names("Date", "Views"),
    ),
    YouTubeTable(
        id="youtube-table",
        name_nb="YouTube Studio – tabelldata",
        name_en="YouTube Studio – table data",
        name_nn="YouTube Studio – tabelldata",
        kind="metrics",
        default_channel="YouTube",
        channel_scope="external",
        sums_rows=True,
        header_tokens=_TOKENS_YOUTUBE_TABLE,
    ),
    DailySeries(
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
    ),
    DailySeries(
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
    ),
    GA4(
        id="ga4",
        name_nb="Google Analytics 4 – rapport",
        name_en="Google Analytics 4 – report",
        name_nn="Google Analytics 4 – rapport",
        kind="metrics",
        default_channel="Nettside",
        channel_scope="external",
        sums_rows=True,
        header_tokens=_TOKENS_GA4,
    ),
    Matomo(
        id="matomo",
        name_nb="Matomo – rapport",
        name_en="Matomo – report",
        name_nn="Matomo – rapport",
        kind="metrics",
        default_channel="Nettside",
        channel_scope="external",
        sums_rows=True,
        header_tokens=_MATOMO_OWN | _names(*_MATOMO_DAY, *_MATOMO_LABEL, "Visits", "Besøk"),
    ),
    Jira(
        id="jira",
        name_nb="Jira – saker (CSV)",
        name_en="Jira – issues (CSV)",
        name_nn="Jira – saker (CSV)",
        kind="measures",
        default_channel=None,
        channel_scope="external",
        header_tokens=_TOKENS_JIRA,
    ),
    Asana(
        id="asana",
        name_nb="Asana – oppgaver (CSV)",
        name_en="Asana – tasks (CSV)",
        name_nn="Asana – oppgåver (CSV)",
        kind="measures",
        default_channel=None,
        channel_scope="external",
        header_tokens=_TOKENS_ASANA,
    ),
    Monday(
        id="monday",
        name_nb="monday.com – tavle (Excel)",
        name_en="monday.com – board (Excel)",
        name_nn="monday.com – tavle (Excel)",
        kind="measures",
        default_channel=None,
        channel_scope="external",
        header_tokens=_TOKENS_MONDAY,
    ),
    Planner(
        id="planner",
        name_nb="Microsoft Planner – plan (Excel)",
        name_en="Microsoft Planner – plan (Excel)",
        name_nn="Microsoft Planner – plan (Excel)",
        kind="measures",
        default_channel=None,
        channel_scope="external",
        header_tokens=_TOKENS_PLANNER,
        date_order="mdy",
    ),
)

_BY_ID: dict[str, Preset] = {p.id: p for p in PRESETS}


def preset_by_id(preset_id: str) -> Preset:
    """The preset with this id; KeyError naming the known ids otherwise."""
    try:
        return _BY_ID[preset_id]
    except KeyError:
        raise KeyError(f"unknown preset {preset_id!r}; known: {', '.join(_BY_ID)}") from None
