"""Web analytics: Google Analytics 4 and Matomo reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.presets.base import (
    _COMPACT,
    _ISO_DAY,
    _MONTH,
    MetricSpec,
    Preset,
    _blank,
    _cell,
    _Header,
    _is_total,
    _iso,
    _metric_columns,
    _metric_rows,
    _month_end,
    _names,
    _shorten,
    _text,
)
from dashboard.ingest.reader import RawTable, ReadError, normalise

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
        dates = (_iso(int(m[1]), int(m[2]), int(m[3])) for m in _COMPACT.finditer(line))
        found.extend(iso for iso in dates if iso)
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


# Column names typical of each export, for finding the header row among the lines.
_TOKENS_GA4 = _names(
    "Date", "Page path and screen class", "Page title and screen class", "Views",
    "Active users", "Total users", "New users", "Sessions", "Event count",
    "Views per active user", "Average engagement time per active user",
    # Norwegian UI names: not confirmed from any export seen.
    "Aktive brukere", "Sidebane og skjermklasse",
)  # fmt: skip

GA4_REPORT = GA4(
    id="ga4",
    name_nb="Google Analytics 4 – rapport",
    name_en="Google Analytics 4 – report",
    name_nn="Google Analytics 4 – rapport",
    kind="metrics",
    default_channel="Nettside",
    channel_scope="external",
    sums_rows=True,
    header_tokens=_TOKENS_GA4,
)
MATOMO_REPORT = Matomo(
    id="matomo",
    name_nb="Matomo – rapport",
    name_en="Matomo – report",
    name_nn="Matomo – rapport",
    kind="metrics",
    default_channel="Nettside",
    channel_scope="external",
    sums_rows=True,
    header_tokens=_MATOMO_OWN | _names(*_MATOMO_DAY, *_MATOMO_LABEL, "Visits", "Besøk"),
)
