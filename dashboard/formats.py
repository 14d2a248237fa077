"""Numbers, percentages, changes, dates, times and file sizes as a person reads them.

The one place that turns a value into text, for every page, table, board, report,
presentation and export: ``1 234,5``, ``45 %``, ``+0,4 pp``, ``25.11.2026``,
``25.11.2026 14:05`` and ``368 B`` in bokmål. Separators, month names and date
patterns come from the Unicode CLDR through babel (a maintained locale library with
``nb``, ``nn`` and ``en``), never from hand-written tables. Every function takes the
language code the UI uses (``"nb"``, ``"nn"``, ``"en"``); an unknown code reads as
bokmål. A missing value (None, NaN, NaT, an empty string) is ``–``.

Rules a reader relies on:

* **Changes in percentage points** (:func:`points_change`) are rounded to one
  decimal first. A change that rounds to zero is ``±0 pp``; below one point it keeps
  its decimal (``+0,4 pp``, ``−0,7 pp``) so a small move never reads as none; from
  one point up it is whole points (``+8 pp``, ``−12 pp``), rounded half away from
  zero. The minus is the typographic ``−`` and the unit is joined by a no-break space.
* **Times** are stored in UTC without a zone (as DuckDB's ``TIMESTAMP`` holds them)
  and shown in the organisation's time zone, Europe/Oslo, summer time included:
  ``25.11.2026 14:05`` (bokmål, nynorsk), ``25 Nov 2026 14:05`` (English).
* **Dates** are ``25.11.2026`` in bokmål and nynorsk, ``25 Nov 2026`` in English
  (British order: the English UI is read in Norway).
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

import pandas as pd
from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import get_decimal_symbol, get_group_symbol
from babel.units import format_unit

NBSP = "\u00a0"
MINUS = "\u2212"
DASH = "–"
#: The time zone every time is shown in (times are stored in UTC).
ZONE = ZoneInfo("Europe/Oslo")

#: The CLDR locale for each UI language code.
LOCALES: dict[str, str] = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}


def locale(lang: str) -> str:
    """The babel locale for a UI language code (bokmål when the code is unknown)."""
    return LOCALES.get(lang, LOCALES["nb"])


@cache
def _locale(lang: str) -> Locale:
    """The parsed babel locale of a UI language code (babel parses a locale name on every
    call it is given one: a report formats thousands of cells)."""
    return Locale.parse(locale(lang))


def missing(value: object) -> bool:
    """True for None, NaN, NaT and the empty string (pandas 3: NaN is truthy)."""
    if value is None:
        return True
    if isinstance(value, str):
        return value == ""
    if isinstance(value, int):  # bool too
        return False
    if isinstance(value, float):  # numpy's float64 too (what pd.isna says, without pandas)
        return math.isnan(value)
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


@cache
def _separators(lang: str) -> dict[int, str]:
    """The language's decimal and group separators from the CLDR (babel), as a table that
    turns Python's ``-1,234.5`` into ``−1 234,5`` (bokmål) or ``−1,234.5`` (English)."""
    place = _locale(lang)
    return str.maketrans({",": get_group_symbol(place), ".": get_decimal_symbol(place), "-": MINUS})


def number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """``1 234,5`` in bokmål and nynorsk (no-break space), ``1,234.5`` in English.

    The rounded value is laid out by Python (groups of three, ``decimals`` places: babel's
    ``#,##0.0`` pattern) with the locale's separators: babel's ``format_decimal`` gives
    the same text (tests/test_formats.py compares them) but parses its locale and
    pattern on every call, and a report formats a figure in every row.
    """
    if value is None or missing(value):
        return DASH
    value = float(value)
    if math.isinf(value):
        return DASH
    return format(rounded(value, decimals), f",.{decimals}f").translate(_separators(lang))


def rounded(value: float, decimals: int = 0) -> Decimal:
    """Half away from zero, as people round (not banker's rounding): what every figure
    shown is rounded by (a bar's value beside its text too)."""
    step = Decimal(1).scaleb(-decimals)
    return Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP)


def percent(value: float | None, lang: str, decimals: int = 0) -> str:
    """A value on the 0–100 scale: ``45 %`` in bokmål and nynorsk, ``45%`` in English."""
    if missing(value):
        return DASH
    text = number(value, lang, decimals)
    if text == DASH:
        return DASH
    return text + percent_suffix(lang)


def percent_suffix(lang: str) -> str:
    """What follows a number to make it a percentage: ``" %"`` (no-break space) or ``"%"``."""
    return "%" if lang == "en" else f"{NBSP}%"


def points_change(delta: float | None, lang: str) -> str:
    """A change in percentage points: ``+8 pp``, ``+0,4 pp``, ``−5 pp``, ``±0 pp``, ``–``.

    Rounded to one decimal first; zero after that is ``±0 pp``; below one point one
    decimal, from one point whole points (see the module's rules).
    """
    if delta is None or missing(delta) or math.isinf(float(delta)):
        return DASH
    tenth = rounded(float(delta), 1)
    if tenth == 0:
        return f"±0{NBSP}pp"
    sign = "+" if tenth > 0 else MINUS
    size = abs(tenth)
    decimals = 1 if size < 1 else 0
    return f"{sign}{number(float(size), lang, decimals)}{NBSP}pp"


def _day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):  # a pd.Timestamp too
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


def date(value: dt.date | dt.datetime | str | None, lang: str) -> str:
    """``25.11.2026`` in bokmål and nynorsk, ``25 Nov 2026`` in English; ``–`` if missing.

    A date is a calendar day and is shown as given (no time zone applies). Bokmål's and
    nynorsk's ``dd.MM.y`` is all digits and laid out here (babel's ``format_date`` gives
    the same, tests/test_formats.py compares them); English names the month, from babel.
    """
    if missing(value):
        return DASH
    day = _day(value)
    if lang == "en":
        return format_date(day, "d MMM y", locale=_locale(lang))
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def local_time(value: dt.datetime | str | pd.Timestamp) -> dt.datetime:
    """A stored time (UTC, with or without a zone) in Europe/Oslo."""
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize("UTC")
    return stamp.to_pydatetime().astimezone(ZONE)


def datetime(value: dt.datetime | str | None, lang: str) -> str:
    """A stored UTC time in Oslo time: ``25.11.2026 14:05`` / ``25 Nov 2026 14:05``."""
    if missing(value):
        return DASH
    local = local_time(value)
    clock = format_time(local, "HH:mm", locale=_locale(lang))
    return f"{date(local.date(), lang)} {clock}"


def period(start: dt.date, grain: str, lang: str) -> str:
    """A period bucket's label: ``mai 2025`` / ``May 2025``, ``K2 2025`` / ``Q2 2025``, ``2025``."""
    return _period(_day(start), grain, lang)


@lru_cache(maxsize=4096)  # a chart labels each bucket once per line and point (babel: ~25 µs)
def _period(day: dt.date, grain: str, lang: str) -> str:
    if grain == "month":
        return format_skeleton("yMMM", day, locale=_locale(lang))
    if grain == "quarter":
        return format_date(day, "QQQ y", locale=_locale(lang))
    return str(day.year)


#: Months in each period a report may use; tertials and half-years are numbered
#: within their year (``T2 2026``, ``1. halvår 2026``: the words are the messages').
PERIOD_MONTHS: dict[str, int] = {"month": 1, "quarter": 3, "tertial": 4, "half": 6, "year": 12}
NUMBERED_PERIODS: frozenset[str] = frozenset({"tertial", "half"})


def period_start(day: dt.date, grain: str) -> dt.date:
    """The first day of the period of ``grain`` that ``day`` falls in."""
    months = PERIOD_MONTHS[grain]
    return dt.date(day.year, (day.month - 1) // months * months + 1, 1)


def period_number(value: dt.date, grain: str) -> tuple[int, int]:
    """Which period of its year a day falls in, and the year: ``(2, 2026)`` for T2 2026."""
    day = _day(value)
    return (day.month - 1) // PERIOD_MONTHS[grain] + 1, day.year


def month(value: dt.date, lang: str) -> str:
    """A month's full name in the language: ``november`` / ``November``."""
    return format_date(_day(value), "LLLL", locale=_locale(lang))


_SIZE_UNITS = (
    (1024**3, "digital-gigabyte"),
    (1024**2, "digital-megabyte"),
    (1024, "digital-kilobyte"),
)


def file_size(size: int | float | None, lang: str) -> str:
    """A size in bytes as read: ``368 B``, ``12 kB``, ``1,5 MB``, ``200 MB`` (1 kB = 1024 B).

    Below 10 of a unit one decimal is kept (``1,5 MB``), above it whole units.
    """
    if size is None or missing(size):
        return DASH
    size = float(size)
    for factor, unit in _SIZE_UNITS:
        if size >= factor:
            amount = size / factor
            decimals = 1 if amount < 10 and amount != int(amount) else 0
            figure = number(amount, lang, decimals)
            return _unit_text(figure, unit, lang)
    return _unit_text(number(size, lang), "digital-byte", lang)


def _unit_text(figure: str, unit: str, lang: str) -> str:
    # babel lays out the unit around a placeholder; the figure is ours (our rounding)
    pattern = format_unit(7, unit, length="short", locale=_locale(lang))
    return pattern.replace("7", figure, 1).replace(" ", NBSP)


def plotly_separators(lang: str) -> str:
    """Plotly's ``separators`` (decimal, then thousands) for the language."""
    decimal, group = number(1000.5, lang, 1)[-2], number(1000, lang)[1]
    return decimal + group
