"""Text stays text: Markdown, HTML, math, shortcodes and formulas typed into names and
comments are shown as typed on every page, in the reports, the charts and the exports.

The payloads go in through the product's own write paths (the edit tables, an upload,
creating a plan); every page is then run as an administrator.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pandas as pd
import pytest
from docx import Document
from pptx import Presentation
from pypdf import PdfReader

from dashboard import edits, exports, meetings, plans, queries, reports, tables
from dashboard.i18n import Translator
from dashboard.inert import SPECIALS, html, md, plain, plotly
from dashboard.ingest.pipeline import Upload, commit
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import PAGES, figures, markdown_texts, run_page, vega_charts

IMG = "![p](http://evil.example/track.png)"
LINK = "[klikk](http://evil.example)"
HEADING = "# Overskrift"
BOLD = "**fet**"
HTML_IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"
MATH = "$x^2$"
COLOUR = ":red[rød]"
EMOJI = ":smile:"
PAYLOADS = (IMG, LINK, HEADING, BOLD, HTML_IMG, SCRIPT, MATH, COLOUR, EMOJI)
FORMULA = '=HYPERLINK("http://evil.example";"x")'

GOAL = f"Tydeligere profil {IMG} {BOLD} {EMOJI}"
DESCRIPTION = "\n".join(PAYLOADS)
MEASURE = f"Tiltak {LINK} {HTML_IMG}"
OWNER = f"Rolle {BOLD} {COLOUR}"
CHANNEL = f"Kanal {MATH} {SCRIPT}"
COMMENT = f"Kommentar {IMG} {HEADING}"
PLAN_NAME = f"Plan {IMG} {LINK}"
MEETING = f"Møte {LINK} {EMOJI}"
ORGANISATION = f"Org {BOLD} {SCRIPT}"
PLAN = "his-2025"


def _edit(db, table: str, changes: dict[tuple[int, str], object], goal_id=None) -> None:
    before = edits.shown(db, table, PLAN, goal_id)
    after = before.copy()
    for (row, column), value in changes.items():
        after[column] = after[column].astype(object)
        after.at[row, column] = value
    preview = edits.preview(db, table, before, after, plan_id=PLAN)
    assert preview.ok, [p.text("en") for p in preview.problems]
    edits.commit_edit(db, preview, by="test")


@pytest.fixture(scope="module")
def hostile(module_demo_env):
    """The demo with payloads in a goal, a measure, an owner, a channel, a comment, a plan:
    made once for the module (its tests only read it)."""
    db = state.database()
    goal_id = queries.goals(db, PLAN)["id"].iloc[0]
    _edit(db, "goals", {(0, "title"): GOAL, (0, "description"): DESCRIPTION})
    measures = edits.shown(db, "measures", PLAN, goal_id)
    _edit(
        db,
        "measures",
        {
            (0, "title"): MEASURE,
            (0, "owner"): OWNER,
            (0, "channels"): CHANNEL,
            (1, "title"): FORMULA,
        },
        goal_id,
    )
    measure_id = measures["id"].iloc[0]
    status = (
        f"tiltak_id;dato;status;fremdrift;kommentar\n{measure_id};20.11.2026;Gul;40;{COMMENT}\n"
    )
    done = commit(db, Upload(status.encode(), "status.csv", PLAN, today=TODAY), by="test")
    assert done.batch_id is not None
    meetings.record(db, PLAN, MEETING, TODAY - dt.timedelta(days=1), by="test", today=TODAY)
    plans.create_plan(
        db,
        plans.NewPlan(
            "evil-plan", PLAN_NAME, ORGANISATION, dt.date(2026, 1, 1), dt.date(2026, 12, 31)
        ),
        by="test",
    )
    return {"db": db, "goal": goal_id, "owner": _owner_id(db)}


def _owner_id(db) -> str:
    owners = db.query("plan_organisation_owners", plan_id=PLAN)
    return str(owners.loc[owners["name"] == OWNER, "id"].iloc[0])


#: An unescaped Markdown construct of a payload (preceded by no backslash).
_LIVE = re.compile(
    r"(?<!\\)!\[|(?<!\\)\]\(|(?<![\\`])<(?:img|script)|(?<!\\)\*\*fet|(?<!\\)\$x"
    r"|(?<!\\):red\[|(?<!\\):smile:|(?<!\\)# Overskrift|http://evil"
)


def assert_inert(where: str, text: str, allow_html: bool) -> int:
    """Fail when a payload in ``text`` would render as anything but its characters.

    Returns how many payloads the text showed (so a walk that shows none is caught).
    """
    if allow_html:  # HTML given to the browser: payload tags escaped, on one line
        assert "<img src=x" not in text and "<script>" not in text, (where, text)
        shown = sum(html(p) in text for p in PAYLOADS)
        assert not any(p in text for p in (HTML_IMG, SCRIPT)), (where, text)
        return shown
    readable = plain(text)
    shown = 0
    for payload in PAYLOADS:
        if payload in readable:
            shown += 1
            # every special character of the payload backslash-escaped, shortcodes broken
            assert md(payload) in text, (where, payload, text)
    if shown:
        live = _LIVE.search(text)
        assert live is None, (where, live.group(0), text)
    return shown


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_the_helper_escapes_each_special_character_and_breaks_shortcodes():
    assert md(IMG) == "\\!\\[p\\]\\(http\\:\u2060//evil\\.example/track\\.png\\)"
    assert md(EMOJI) == "\\:\u2060smile\\:"
    assert md("www.evil.example a@b.no") == "www\u2060\\.evil\\.example a@\u2060b\\.no"
    assert md("Kl. 10:30 – Møte 5/2026, «ny»") == "Kl\\. 10\\:30 – Møte 5/2026, «ny»"
    for payload in (*PAYLOADS, FORMULA, "a\\b", "x_y_z", "1. punkt\n- punkt\n| a | b |"):
        assert plain(md(payload)) == payload
        # no Markdown special character left without its backslash
        unescaped = re.sub("\\\\[" + re.escape(SPECIALS) + "]", "", md(payload))
        assert not set(SPECIALS) & set(unescaped), payload
    assert html(f"a\n\n{HTML_IMG}") == "a &lt;img src=x onerror=alert(1)&gt;"
    assert plotly("<br><b>x</b> & y") == "&lt;br&gt;&lt;b&gt;x&lt;/b&gt; &amp; y"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_the_payloads_as_text(hostile, page):
    query = {"goal": hostile["goal"], "owner": hostile["owner"]}
    if page == "presentasjon.py":
        query = {"slide": "1"}
    at = run_page(f"pages/{page}", role="admin", **query)
    shown = sum(assert_inert(where, text, allow) for where, text, allow in markdown_texts(at))
    for figure in figures(at):
        for text in _strings(figure):
            assert "<img" not in text and "<script" not in text, (page, text)
    for spec in vega_charts(at):  # Vega draws text as text: no image, no link, no HTML
        assert {layer["mark"]["type"] for layer in spec["layer"]} <= {"bar", "text"}, page
        assert not any({"href", "url"} & set(layer["encoding"]) for layer in spec["layer"])
    if page in ("mal.py", "ansvarlige.py", "oversikt.py", "rapport.py", "presentasjon.py"):
        assert shown, f"{page} showed none of the payloads: the walk proves nothing there"
    if page == "mal.py":
        texts = [text for _, text, _ in markdown_texts(at)]
        assert any(md(DESCRIPTION) in text for text in texts)  # the whole description, escaped
        labels = [text for figure in figures(at) for text in _strings(figure)]
        # the measure on the timeline (its title wrapped over lines), escaped
        lines = [text.replace("<br>", " ") for text in labels]
        assert any(plotly("[klikk](http://evil.example) <img") in text for text in lines)


def test_a_plans_name_and_organisation_stay_text_on_its_pages(hostile):
    for page in ("oversikt.py", "rapport.py"):
        at = run_page(f"pages/{page}", role="admin", plan="evil-plan")
        shown = sum(assert_inert(w, text, allow) for w, text, allow in markdown_texts(at))
        assert shown >= 2, page  # the plan's name and its organisation


def test_the_reports_carry_the_payloads_literally(hostile):
    t = Translator("nb")
    report = reports.report_for(hostile["db"], PLAN, t, as_of=TODAY, generated=TODAY)

    def squeezed(text: str) -> str:
        return re.sub(r"\s+", "", text)

    word = Document(io.BytesIO(reports.render(report, "docx")[1]))
    word_text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    slides = Presentation(io.BytesIO(reports.render(report, "pptx")[1]))
    slide_text = "\n".join(
        run.text
        for slide in slides.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    )
    pdf = PdfReader(io.BytesIO(reports.render(report, "pdf")[1]))
    pdf_text = "\n".join(page.extract_text() for page in pdf.pages)
    for name, text in (("docx", word_text), ("pptx", slide_text), ("pdf", pdf_text)):
        assert squeezed(GOAL) in squeezed(text), name
        assert "\\" not in text.replace("\\n", ""), name  # no Markdown escapes in a file


def test_exports_start_a_formula_with_a_quote_and_keep_the_payloads(hostile):
    db = hostile["db"]
    states = queries.measure_states(db, queries.Filters(PLAN, TODAY, TODAY))
    frame = tables.measures(states, Translator("nb"))
    csv = exports.to_csv(frame).decode("utf-8-sig")
    assert f"'{FORMULA}".replace('"', '""') in csv
    assert MEASURE in csv and OWNER in csv
    sheet = pd.read_excel(io.BytesIO(exports.to_xlsx(frame)), dtype=str, engine="openpyxl")
    cells = set(sheet.to_numpy().ravel().tolist())
    assert f"'{FORMULA}" in cells and MEASURE in cells
