"""The one formatter module: what a person reads for numbers, changes, dates and sizes."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pandas as pd
import pytest

from dashboard import formats
from dashboard.i18n import Translator

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1234.5, "nb", 1, f"1{NBSP}234,5"),
        (1234.5, "en", 1, "1,234.5"),
        (1234567, "nb", 0, f"1{NBSP}234{NBSP}567"),
        (-5, "nb", 0, "−5"),
        (2.5, "nb", 0, "3"),  # half away from zero, as people round
        (0.25, "en", 1, "0.3"),
        (None, "nb", 0, "–"),
        (math.nan, "nb", 0, "–"),
        (math.inf, "en", 0, "–"),
    ],
)
def test_numbers(value, lang, decimals, expected):
    assert formats.number(value, lang, decimals) == expected


def test_percent():
    assert formats.percent(45.2, "nb") == f"45{NBSP}%"
    assert formats.percent(45.2, "en") == "45%"
    assert formats.percent(pd.NA, "nb") == "–"


@pytest.mark.parametrize(
    ("delta", "lang", "expected"),
    [
        (0.4, "nb", f"+0,4{NBSP}pp"),
        (0.4, "en", f"+0.4{NBSP}pp"),
        (-0.7, "nb", f"−0,7{NBSP}pp"),
        (0.0, "nb", f"±0{NBSP}pp"),
        (0.04, "nb", f"±0{NBSP}pp"),  # rounds to zero at one decimal
        (0.05, "nb", f"+0,1{NBSP}pp"),
        (0.96, "nb", f"+1{NBSP}pp"),  # rounds to one whole point: no decimal
        (8.4, "nb", f"+8{NBSP}pp"),
        (-12.5, "nb", f"−13{NBSP}pp"),
        (None, "nb", "–"),
        (math.nan, "en", "–"),
    ],
)
def test_percentage_point_changes(delta, lang, expected):
    assert formats.points_change(delta, lang) == expected
    assert Translator(lang).points(delta) == expected


def test_dates():
    day = dt.date(2026, 11, 25)
    assert formats.date(day, "nb") == "25.11.2026"
    assert formats.date(day, "en") == "25 Nov 2026"
    assert formats.date(dt.date(2026, 3, 5), "nb") == "05.03.2026"
    assert formats.date(pd.NaT, "nb") == formats.date("", "nb") == "–"


def test_times_are_stored_utc_and_shown_in_oslo_time():
    winter = dt.datetime(2026, 11, 25, 13, 5)  # UTC; Oslo is UTC+1 in November
    summer = dt.datetime(2026, 6, 30, 22, 30)  # UTC; Oslo is UTC+2: the next day
    assert formats.datetime(winter, "nb") == "25.11.2026 14:05"
    assert formats.datetime(winter, "en") == "25 Nov 2026 14:05"
    assert formats.datetime(summer, "nb") == "01.07.2026 00:30"
    assert formats.datetime(summer.replace(tzinfo=dt.UTC), "nb") == "01.07.2026 00:30"
    assert formats.datetime(pd.Timestamp(winter), "nb") == "25.11.2026 14:05"
    assert formats.datetime(None, "nb") == formats.datetime(pd.NaT, "en") == "–"


def test_periods_and_months_from_the_locale_library():
    may = dt.date(2025, 5, 1)
    assert formats.period(may, "month", "nb") == "mai 2025"
    assert formats.period(may, "month", "en") == "May 2025"
    assert formats.period(may, "quarter", "nb") == "K2 2025"
    assert formats.period(may, "quarter", "en") == "Q2 2025"
    assert formats.period(may, "year", "nb") == "2025"
    assert formats.month(dt.date(2026, 11, 1), "nb") == "november"


def test_a_period_label_is_the_same_from_a_date_a_timestamp_and_a_later_call():
    """Labels are remembered per day, period and language (a chart asks for each bucket's
    once per line): the same text whatever the bucket's type, each language its own."""
    for value in (dt.date(2025, 5, 1), dt.datetime(2025, 5, 1), pd.Timestamp("2025-05-01")):
        assert formats.period(value, "month", "nb") == "mai 2025"
        assert formats.period(value, "month", "nn") == "mai 2025"
        assert formats.period(value, "month", "en") == "May 2025"
        assert formats.period(value, "quarter", "en") == "Q2 2025"
    assert formats.period(pd.Timestamp("2025-06-01"), "month", "en") == "Jun 2025"


@pytest.mark.parametrize(
    ("size", "lang", "expected"),
    [
        (368, "nb", f"368{NBSP}B"),
        (1536, "nb", f"1,5{NBSP}kB"),
        (200 * 1024**2, "nb", f"200{NBSP}MB"),
        (int(1.5 * 1024**2), "en", f"1.5{NBSP}MB"),
        (3 * 1024**3, "nb", f"3{NBSP}GB"),
    ],
)
def test_file_sizes(size, lang, expected):
    assert formats.file_size(size, lang) == expected


def test_an_unknown_language_reads_as_bokmal_and_nynorsk_has_its_locale():
    assert formats.number(1234.5, "xx", 1) == f"1{NBSP}234,5"
    assert formats.date(dt.date(2026, 11, 25), "nn") == "25.11.2026"
    assert formats.points_change(0.4, "nn") == f"+0,4{NBSP}pp"


def test_plotly_separators():
    assert formats.plotly_separators("nb") == "," + NBSP
    assert formats.plotly_separators("en") == ".,"


@pytest.mark.parametrize(
    ("case", "nb", "nn", "en"),
    [
        ("number", f"1{NBSP}234{NBSP}567", f"1{NBSP}234{NBSP}567", "1,234,567"),
        ("small_change", f"+0,4{NBSP}pp", f"+0,4{NBSP}pp", f"+0.4{NBSP}pp"),
        ("tiny_fall", f"±0{NBSP}pp", f"±0{NBSP}pp", f"±0{NBSP}pp"),  # −0.04 is no change
        ("fall", f"−0,7{NBSP}pp", f"−0,7{NBSP}pp", f"−0.7{NBSP}pp"),
        ("half_percent", f"25{NBSP}%", f"25{NBSP}%", "25%"),  # 24.5: half away from zero
        ("negative_decimal", "−0,04", "−0,04", "−0.04"),
    ],
)
def test_edge_cases_in_each_language(case, nb, nn, en):
    say = {
        "number": lambda t: t.number(1_234_567),
        "small_change": lambda t: t.points(0.4),
        "tiny_fall": lambda t: t.points(-0.04),
        "fall": lambda t: t.points(-0.7),
        "half_percent": lambda t: t.percent(24.5),
        "negative_decimal": lambda t: t.number(-0.04, 2),
    }[case]
    assert {lang: say(Translator(lang)) for lang in ("nb", "nn", "en")} == {
        "nb": nb,
        "nn": nn,
        "en": en,
    }


@pytest.mark.parametrize(
    ("progress", "band"),
    [(0.4, 0), (0.5, 1), (24.4, 1), (24.5, 2), (74.5, 4), (99.4, 4), (99.5, 5), (100, 5)],
)
def test_a_measure_is_banded_by_the_percentage_the_table_shows(progress, band):
    from dashboard.reports.model import PROGRESS_BANDS, band_of

    shown = int(Translator("en").percent(progress).rstrip("%"))
    low, high = PROGRESS_BANDS[band]
    assert low <= shown <= high
    assert band_of(progress) == band


@pytest.mark.parametrize(
    ("start", "lang", "expected"),
    [
        # quarter buckets start on the quarter's first day; 1 January 2027 is a Friday in
        # ISO week 53 of 2026, so a week-based year would read "K1 2026"
        (dt.date(2027, 1, 1), "nb", "K1 2027"),
        (dt.date(2027, 1, 1), "en", "Q1 2027"),
        (dt.date(2026, 3, 31), "nb", "K1 2026"),
        (dt.date(2026, 4, 1), "nb", "K2 2026"),
        (dt.date(2026, 6, 30), "nn", "K2 2026"),
        (dt.date(2026, 7, 1), "en", "Q3 2026"),
        (dt.date(2026, 10, 1), "nb", "K4 2026"),
        (dt.date(2026, 12, 31), "nb", "K4 2026"),
    ],
)
def test_quarter_boundaries(start, lang, expected):
    assert formats.period(start, "quarter", lang) == expected
    assert Translator(lang).period(start, "quarter") == expected


def test_year_and_month_buckets_at_the_turn_of_the_year():
    assert formats.period(dt.date(2027, 1, 1), "year", "nb") == "2027"
    assert formats.period(dt.date(2027, 1, 1), "month", "nb") == "jan. 2027"
    assert formats.period(dt.date(2026, 12, 31), "month", "en") == "Dec 2026"
    assert formats.month(dt.date(2026, 3, 1), "nb") == "mars"
    assert formats.month(dt.date(2026, 3, 1), "en") == "March"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1.5, "nb", 2, "1,50"),  # the decimals asked for, trailing zeros kept
        (45, "en", 1, "45.0"),
        (-2.5, "nb", 0, "−3"),  # half away from zero on both sides
        (0.125, "en", 2, "0.13"),
    ],
)
def test_numbers_keep_the_decimals_asked_for(value, lang, decimals, expected):
    assert formats.number(value, lang, decimals) == expected


def test_rounding_is_half_away_from_zero_to_whole_numbers_by_default():
    assert formats.rounded(2.5) == 3
    assert formats.rounded(-2.5) == -3
    assert formats.rounded(0.125, 2) == Decimal("0.13")  # not 0.12 (banker's) nor 0.125
    assert Translator("nb").number(2.5) == "3"


def test_percent_with_decimals_in_each_language():
    assert formats.percent(45.25, "en", 1) == "45.3%"
    assert formats.percent(1234.5, "nb", 1) == f"1{NBSP}234,5{NBSP}%"
    assert Translator("en").percent(45.25, 1) == "45.3%"
    assert formats.percent(math.inf, "nb") == "–"


@pytest.mark.parametrize(
    ("size", "lang", "expected"),
    [
        (1023, "nb", f"1{NBSP}023{NBSP}B"),
        (1000, "en", f"1,000{NBSP}byte"),
        (368, "nn", f"368{NBSP}byte"),  # nynorsk and English spell the byte out
        (1024, "nb", f"1{NBSP}kB"),  # exactly one unit is that unit
        (10 * 1024, "nb", f"10{NBSP}kB"),
        (int(10.5 * 1024), "nb", f"11{NBSP}kB"),  # from 10 of a unit: whole units
        (int(9.5 * 1024), "nb", f"9,5{NBSP}kB"),
        (None, "nb", "–"),
        (math.nan, "nb", "–"),  # a size pandas lost is no size, not "nan B"
    ],
)
def test_file_sizes_at_unit_boundaries(size, lang, expected):
    assert formats.file_size(size, lang) == expected
    assert Translator(lang).file_size(size) == expected


@pytest.mark.parametrize(
    ("value", "missing"),
    [(None, True), (math.nan, True), (pd.NaT, True), (pd.NA, True), ("", True),
     (0, False), (0.0, False), ("0", False), (" ", False), (["a", "b"], False)],
)  # fmt: skip
def test_missing_is_no_value_and_zero_is_a_value(value, missing):
    assert formats.missing(value) is missing


def test_dates_and_times_do_not_depend_on_the_servers_locale_or_time_zone(monkeypatch):
    import time

    import babel.dates

    # A server set up in Norwegian, in New York: babel's default locale and the process's
    # time zone must not leak into what the English or Norwegian reader sees.
    monkeypatch.setattr(babel.dates, "LC_TIME", "nb_NO")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert formats.date(dt.date(2026, 11, 25), "en") == "25 Nov 2026"
        assert formats.datetime(dt.datetime(2026, 11, 25, 13, 5), "nb") == "25.11.2026 14:05"
        assert formats.datetime(dt.datetime(2026, 11, 25, 13, 5), "en") == "25 Nov 2026 14:05"
    finally:
        monkeypatch.undo()
        time.tzset()


def _babel_number(value: float, lang: str, decimals: int) -> str:
    """What babel's own ``format_decimal`` writes for the rounded value (the CLDR's
    ``#,##0.0`` pattern and the locale's symbols), with the typographic minus."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(
        formats.rounded(value, decimals), format=pattern, locale=formats.locale(lang)
    )
    return text.replace("-", "−")


NUMBERS = [0.0, -0.0, 0.4, -0.4, 0.5, -0.5, 1, 9.95, 99.5, 999.5, -999.5, 1000, 1234.5,
           -1234.5, 12_345.678, 99_999.95, 123_456.5, -1_234_567.25, 1e9 + 0.5, 2.675, 1e15,
           45.25, 0.125, 100.0, 0.05]  # fmt: skip


@pytest.mark.parametrize("lang", ["nb", "nn", "en", "xx"])
@pytest.mark.parametrize("decimals", [0, 1, 2, 3])
def test_numbers_are_what_babel_writes_in_each_language(lang, decimals):
    # number() lays the figure out itself (babel parsed its pattern and locale per call,
    # thousands of times a report): the text must be babel's, symbol for symbol.
    for value in NUMBERS + [v * 7.3 for v in NUMBERS] + [k / 8 for k in range(-40, 41)]:
        assert formats.number(value, lang, decimals) == _babel_number(value, lang, decimals)
    assert formats.number(1234.5, "nb", 1) == f"1{NBSP}234,5"  # the reader's "1 234,5"


def test_dates_are_what_babel_writes_for_every_day_of_some_years():
    from babel.dates import format_date

    day = dt.date(1999, 12, 1)
    while day < dt.date(2027, 2, 1):
        for lang in ("nb", "nn"):
            expected = format_date(day, "dd.MM.y", locale=formats.locale(lang))
            assert formats.date(day, lang) == expected
        day += dt.timedelta(days=13)
    # what the reports pass: pandas' timestamps, datetimes and text read as the same day
    assert formats.date(pd.Timestamp("2026-03-05 23:59"), "nb") == "05.03.2026"
    assert formats.date(dt.datetime(2026, 9, 1, 0, 1), "en") == "1 Sept 2026"
    assert formats.date("2026-11-25", "nn") == "25.11.2026"
    assert formats.date(dt.date(1, 1, 1), "nb") == format_date(dt.date(1, 1, 1), "dd.MM.y", "nb")
