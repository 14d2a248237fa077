"""Both languages have every message; numbers and dates follow the language."""

import datetime as dt

import pytest

from dashboard.i18n import (
    MESSAGES,
    NBSP,
    Translator,
    message,
    norwegian_tag,
)
from dashboard.labels import METRICS, STATUSES, parse_status


def test_every_message_exists_in_both_languages():
    missing = [key for key, texts in MESSAGES.items() if not texts.get("nb") or not texts.get("en")]
    assert missing == []


@pytest.mark.parametrize(
    ("lang", "value", "decimals", "expected"),
    [
        ("nb", 1234.5, 1, f"1{NBSP}234,5"),
        ("en", 1234.5, 1, "1,234.5"),
        ("nb", 1234567, 0, f"1{NBSP}234{NBSP}567"),
        ("nb", 0.25, 2, "0,25"),
        ("en", None, 0, "–"),
    ],
)
def test_numbers(lang, value, decimals, expected):
    assert Translator(lang).number(value, decimals) == expected


@pytest.mark.parametrize(
    ("lang", "expected_date", "expected_percent"),
    [("nb", "31.12.2025", f"45{NBSP}%"), ("en", "31 Dec 2025", "45%")],
)
def test_dates_and_percentages(lang, expected_date, expected_percent):
    t = Translator(lang)
    assert t.date(dt.date(2025, 12, 31)) == expected_date
    assert t.percent(45.2) == expected_percent
    assert t.percent(None) == "–"


@pytest.mark.parametrize(
    ("lang", "grain", "expected"),
    [
        ("nb", "month", "mai 2025"),
        ("en", "month", "May 2025"),
        ("nb", "quarter", "K2 2025"),
        ("en", "quarter", "Q2 2025"),
        ("nb", "year", "2025"),
    ],
)
def test_period_labels(lang, grain, expected):
    assert Translator(lang).period(dt.date(2025, 5, 1), grain) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("grønn", "on_track"),
        ("GUL", "at_risk"),
        ("Rød", "delayed"),
        ("ferdig", "done"),
        ("Gjennomført", "done"),
        ("ikke påbegynt", "not_started"),
        ("kansellert", "cancelled"),
        ("On track", "on_track"),
        ("on_track", "on_track"),
        ("amber", "at_risk"),
        ("maybe", None),
    ],
)
def test_status_words_in_both_languages_and_traffic_lights(word, expected):
    assert parse_status(word) == expected


def test_every_status_and_metric_has_words_an_icon_and_a_colour():
    for status in STATUSES:
        assert status.nb and status.en and status.icon and status.color.startswith("#")
    assert len({s.icon for s in STATUSES}) == len(STATUSES)  # icons tell them apart
    for metric in METRICS:
        assert metric.nb and metric.en


def test_every_area_module_of_messages_is_looked_up():
    from pathlib import Path

    from dashboard import i18n

    files = [f for f in Path(i18n.__file__).parent.glob("messages_*.py") if f.stem != "messages_nn"]
    assert sorted(f.stem.removeprefix("messages_") for f in files) == sorted(i18n._AREAS)


def test_the_translator_formats_times_sizes_and_chart_separators():
    stored = dt.datetime(2026, 6, 30, 22, 30)  # UTC: past midnight in Oslo's summer time
    assert Translator("nb").datetime(stored) == "01.07.2026 00:30"
    assert Translator("en").datetime(stored) == "1 Jul 2026 00:30"
    assert Translator("nn").datetime(None) == "–"
    assert Translator("nb").file_size(1536) == f"1,5{NBSP}kB"
    assert Translator("en").file_size(1536) == f"1.5{NBSP}kB"
    assert Translator("nb").plotly_separators() == "," + NBSP
    assert Translator("en").plotly_separators() == ".,"


@pytest.mark.parametrize(
    ("primary", "lang"),
    [("no", "nb"), ("nob", "nb"), ("nb", "nb"), ("nno", "nn"), ("nn", "nn"), ("en", "en")],
)
def test_a_browsers_norwegian_language_tag_is_a_ui_language(primary, lang):
    assert norwegian_tag(primary) == lang


def test_a_message_falls_back_to_bokmal_and_fills_in_its_values():
    assert message("history.undone", "en", id=7) == "Upload no. 7 is undone."
    assert Translator("nb")("history.undone", id=7) == "Opplasting nr. 7 er angret."
    assert message("nav.goal", "xx") == "Mål"  # an unknown language reads bokmål
    assert Translator("en")("nav.goal") == "Goal"
