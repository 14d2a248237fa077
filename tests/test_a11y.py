"""WCAG 2.1 AA in what we draw: text contrast, charts' text alternatives (see also
tests/test_reports.py for the reports' alt text and tests/browser/test_axe_browser.py)."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from docx import Document
from pptx import Presentation
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from dashboard import charts
from dashboard.chart_alt import describe
from dashboard.i18n import Translator
from dashboard.inert import plain
from dashboard.labels import DISPLAY_STATUSES
from dashboard.reports import pptx_report
from tests.conftest import HIS_GOALS, TODAY
from tests.deprecations import deprecations
from tests.helpers import ROOT, expected, make, run_page

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


# The reports: every picture and chart carries its text alternative.

REPORT_CASES = [("his-2025", None, TODAY, 60, "nb"), ("ho21-2020", "Møte 5/2021", None, 90, "en")]


def _progress_words(demo_db, plan_id, meeting, as_of, cadence, t) -> list[str]:
    """``<goal> <percent>`` for each goal, from the database (tests/test_reports.py's SQL)."""
    _states, goals = expected(demo_db, plan_id, meeting=meeting, as_of=as_of, cadence=cadence)
    return [f"{g.goal_title} {t.percent(g.progress)}" for g in goals.itertuples()]


@pytest.mark.parametrize(("plan_id", "meeting", "as_of", "cadence", "lang"), REPORT_CASES)
def test_every_picture_in_the_word_report_has_alt_text_saying_what_it_shows(
    demo_db, plan_id, meeting, as_of, cadence, lang
):
    t = Translator(lang)
    _report, _name, data = make(demo_db, plan_id, meeting, as_of, t, "docx")
    doc = Document(io.BytesIO(data))
    descriptions = [shape._inline.docPr.get("descr") for shape in doc.inline_shapes]
    assert len(descriptions) >= 3 and all(descriptions), descriptions
    for words in _progress_words(demo_db, plan_id, meeting, as_of, cadence, t):
        assert words in descriptions[0]
    assert descriptions[0].startswith(t("report.per_goal_chart"))
    assert descriptions[1].startswith(t("report.status_chart") + ": ")
    # Anchored pictures too (none today): every docPr in the body has a description.
    body = doc.element.body.xml
    assert body.count("<wp:docPr ") == len(descriptions)


@pytest.mark.parametrize(("plan_id", "meeting", "as_of", "cadence", "lang"), REPORT_CASES)
def test_every_chart_and_picture_in_the_powerpoint_has_alt_text(
    demo_db, plan_id, meeting, as_of, cadence, lang
):
    t = Translator(lang)
    _report, _name, data = make(demo_db, plan_id, meeting, as_of, t, "pptx")
    deck = Presentation(io.BytesIO(data))
    visuals = [
        shape
        for slide in deck.slides
        for shape in slide.shapes
        if getattr(shape, "has_chart", False) or shape.shape_type == 13  # 13: a picture
    ]
    assert len(visuals) >= 3
    descriptions = [shape._element.xpath("./*[1]/p:cNvPr")[0].get("descr") for shape in visuals]
    assert all(descriptions), descriptions
    progress = next(d for d in descriptions if _progress_words(demo_db, plan_id, meeting, as_of,
                                                              cadence, t)[0] in d)  # fmt: skip
    for words in _progress_words(demo_db, plan_id, meeting, as_of, cadence, t):
        assert words.replace("\u00a0", " ") in progress.replace("\u00a0", " ")


@pytest.mark.parametrize(("plan_id", "meeting", "as_of", "cadence", "lang"), REPORT_CASES)
def test_every_picture_in_the_pdf_has_its_text_alternative_as_caption(
    demo_db, plan_id, meeting, as_of, cadence, lang
):
    t = Translator(lang)
    report, _name, data = make(demo_db, plan_id, meeting, as_of, t, "pdf")
    pdf = PdfReader(io.BytesIO(data))
    pictures = sum(len(page.images) for page in pdf.pages)
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    captions = sum(
        text.count(f"{report.labels[key]}: ")
        for key in ("per_goal_chart", "status_chart", "bands_chart")
    )
    assert pictures >= 3 and captions == pictures, (pictures, captions)
    for words in _progress_words(demo_db, plan_id, meeting, as_of, cadence, t):
        assert " ".join(words.replace("\u00a0", " ").split()) in text


# Supported APIs only.


@pytest.mark.streamlit_deprecation
def test_a_deprecated_streamlit_call_in_a_page_run_is_caught():
    """The check tests/deprecations.py applies to every test sees what AppTest runs do."""
    script = "import streamlit as st\nst.dataframe([1, 2], use_container_width=True)\n"
    with deprecations() as messages:
        at = AppTest.from_string(script).run()
    assert not at.exception
    assert any("use_container_width" in m for m in messages), messages


def test_the_supported_call_logs_no_deprecation():
    script = "import streamlit as st\nst.dataframe([1, 2], width='stretch')\n"
    with deprecations() as messages:
        AppTest.from_string(script).run()
    assert messages == []


#: An import of, or a call into, Streamlit's custom components v1 (st.components.v1.html).
_USES_V1 = re.compile(r"import\s.*components\.v1|from\s+streamlit\.components(\.v1|\s+import\s+v1)"
                      r"|components\.v1\.\w+\s*\(")  # fmt: skip


def test_no_code_of_ours_uses_the_removed_html_component():
    sources = [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "dashboard").rglob("*.py")]
    users = [
        str(p.relative_to(ROOT))
        for p in sources
        for line in p.read_text(encoding="utf-8").splitlines()
        if _USES_V1.search(line)
    ]
    assert users == []


def test_a_category_without_a_value_is_named_with_a_dash_not_a_crash():
    import plotly.graph_objects as go

    from dashboard.chart_alt import describe
    from dashboard.i18n import Translator

    figure = go.Figure(go.Bar(x=[3, None], y=["Sekretariatet", "Kommunikasjonsansvarlig"],
                              orientation="h", name="Åpne"))  # fmt: skip
    sentence, table = describe(figure, Translator("nb"))
    assert "Sekretariatet 3" in sentence and "Kommunikasjonsansvarlig –" in sentence
    assert list(table.iloc[:, 0]) == ["Sekretariatet", "Kommunikasjonsansvarlig"]
