"""What every preset shares: the Preset base, reading a header, dates a preset derives."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.reader import RawTable, normalise

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


@dataclass(frozen=True)
class NoPreset:
    """The null preset: a file in Planpuls' own columns, no tool's export to map.

    It answers what the upload check asks of a preset the way a plain file
    needs: no name, no date order of its own, no channel to suggest, channels
    it creates are external, and rows for the same period are not added up.
    """

    name_nb: str | None = None
    date_order: str | None = None
    channel_scope: str = "external"
    sums_rows: bool = False

    def suggest_channel(self, table: RawTable) -> str | None:
        """No channel: a plain file names its channel in a column, or the user picks one."""
        return None


#: The one null preset (formats.Detected.preset is None for a plain file).
NO_PRESET = NoPreset()
