"""WCAG 2.1 AA in what we draw: text contrast, charts' text alternatives (see also
tests/test_reports.py for the reports' alt text and tests/browser/test_axe_browser.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts
from dashboard.chart_alt import describe
from dashboard.i18n import Translator
from dashboard.inert import plain
from dashboard.labels import DISPLAY_STATUSES
from dashboard.reports import pptx_report
from tests.conftest import HIS_GOALS
from tests.test_pages import run_page

#: Backgrounds status texts are drawn on: pages, tables, Word and PDF cells (white),
#: Streamlit's secondary background (#F0F2F6) and PowerPoint's table rows.
BACKGROUNDS = ("#FFFFFF", "#F0F2F6", *(f"#{fill}" for fill in pptx_report.ROW_FILLS))


def _luminance(colour: str) -> float:
    """Relative luminance, as WCAG 2.1 defines it (sRGB, linearised)."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_known_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast("#E69F00", "#FFFFFF") == pytest.approx(2.25, abs=0.01)  # the figure


@pytest.mark.parametrize("s", DISPLAY_STATUSES, ids=lambda s: s.id)
@pytest.mark.parametrize("background", BACKGROUNDS)
def test_every_status_text_colour_reaches_4_5_to_1(s, background):
    assert contrast(s.text_color, background) >= 4.5, (s.id, s.text_color, background)


def test_text_colours_are_darker_shades_of_the_mark_colours():
    """Same hue family: a text colour is never lighter than its mark colour."""
    for s in DISPLAY_STATUSES:
        assert _luminance(s.text_color) <= _luminance(s.color), s.id


def test_the_orange_status_is_a_mark_colour_only():
    at_risk = next(s for s in DISPLAY_STATUSES if s.id == "at_risk")
    assert at_risk.color == "#E69F00"  # the colour-blind-safe palette stays for bars
    assert at_risk.text_color != at_risk.color


def test_goal_progress_says_each_goal_and_its_percent():
    t = Translator("nb")
    titles = ["Tydeligere profil", "Økt tillit <b>nå</b> & alltid"]
    summary = pd.DataFrame({"goal_title": titles, "progress": [95, None]})
    sentence, table = describe(charts.goal_progress(summary, t), t)
    assert sentence == "Diagrammet viser: Tydeligere profil 95\u00a0%; " + titles[1] + " –."
    assert table.to_dict("list") == {
        "Gjelder": ["Tydeligere profil", "Økt tillit <b>nå</b> & alltid"],
        "Verdi": ["95\u00a0%", "–"],
    }


def test_status_counts_name_each_status_with_its_count_in_english():
    t = Translator("en")
    counts = {"on_track": [2, 0], "at_risk": [1, 3], "delayed": [0, 0], "not_started": [0, 1]}
    summary = pd.DataFrame(
        {"owner": ["Comms", "HR"], **counts, "stale": [0, 0], "done": [1, 0], "cancelled": [0, 0]}
    )
    sentence, table = describe(charts.status_by_group(summary, "owner", t), t)
    assert sentence == (
        "The chart shows: Comms: ▶ On track 2, ▲ At risk 1, ✔ Done 1; "
        "HR: ○ Not started 1, ▲ At risk 3."
    )
    assert table["Item"].tolist() == ["Comms", "HR"]
    assert table["▲ At risk"].tolist() == ["1", "3"]


def test_a_long_chart_names_twelve_and_counts_the_rest():
    t = Translator("nb")
    summary = pd.DataFrame({"goal_title": [f"Mål {i}" for i in range(15)], "progress": [50] * 15})
    sentence, table = describe(charts.goal_progress(summary, t), t)
    assert "Mål 11 50" in sentence and "Mål 12" not in sentence
    assert sentence.endswith("og 3 til (se tabellen).")
    assert len(table) == 15


def test_overview_says_under_each_chart_what_it_shows_with_the_table_a_click_away(demo_env):
    at = run_page()
    captions = [plain(c.value) for c in at.caption if "Diagrammet viser" in c.value]
    assert len(captions) == 2, captions  # progress per goal, status per goal
    summary = at.dataframe[0].value  # the goal table under the charts, drawn independently
    for goal, progress in zip(summary["Mål"][:6], summary["Fremdrift"][:6], strict=True):
        assert f"{goal} {progress}" in captions[0]
    assert summary["Mål"].tolist()[:6] == HIS_GOALS
    assert [e.label for e in at.expander].count("Vis som tabell") == 2
    first = at.table[0].value
    assert first["Gjelder"].tolist()[:6] == HIS_GOALS
