"""Issue 14 in the presentation and the board report: the title slide's activity beside
outcome per goal, each goal's pace forecast, and the report's list of goals likely to
miss and measures waiting on a late one. Figures come from the test's own SQL
(tests/test_outcomes.py) or the forecast module called on its own; the report's text is
read back from the Word, PowerPoint and PDF files."""

from __future__ import annotations

import io

from docx import Document
from pptx import Presentation
from pypdf import PdfReader

from dashboard import forecast, meetings, queries
from dashboard.i18n import Translator
from dashboard.ingest.pipeline import Upload, commit
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import ACTIVITY_SQL, OUTCOME_SQL, make, run_page

NB = Translator("nb")
TYNSET = "tynset-2025"
MEETING = "Ledermøte 3/2026"
#: tynset-t13 (goal 2) waits on tynset-t12, late since 30.06.2026 (data/demo).
WAITING = "tynset-t12 «Helhetlig meldesystem med toveis kommunikasjon med brukerne»"


def _expected(db, goal_id: str) -> tuple[str, str]:
    params = {"g": goal_id, "as_of": TODAY}
    return NB.percent(db.scalar(ACTIVITY_SQL, params)), NB.percent(db.scalar(OUTCOME_SQL, params))


def _forecasts(db, plan_id, day):
    """The forecast module on its own, for the plan on ``day``."""
    return forecast.goal_forecasts(db, queries.Filters(plan_id, day, day))


def test_the_title_slide_lists_activity_beside_outcome_per_goal(demo_env):
    at = run_page("pages/presentasjon.py", plan="his-2025")
    (slide,) = [m.value for m in at.markdown if 'class="goals' in m.value]
    assert '<th class="act" scope="col" colspan="2">Aktivitet</th>' in slide
    assert '<th class="r" scope="col">Resultat</th>' in slide
    db = state.database()
    goals = db.sql("SELECT id, title FROM goal WHERE plan_id = 'his-2025' ORDER BY sort_order")
    for goal_id, title in goals.itertuples(index=False):
        activity, outcome = _expected(db, goal_id)
        n = db.scalar("SELECT count(*) FROM goal_kpi WHERE goal_id = $g", {"g": goal_id})
        if goal_id == "his-g2" or n == 0:  # no outcome target (his-g2's is an output)
            outcome = "–"
        row = slide[slide.index(f'title="{title}"') :].split("</tr>", 1)[0]
        assert f'<td class="p">{activity}</td><td class="r">{outcome}</td>' in row, title


def test_a_goal_slide_shows_its_forecast_and_the_measure_waiting_on_a_late_one(demo_env):
    at = run_page("pages/presentasjon.py", plan=TYNSET, slide="2")
    texts = " ".join(m.value for m in at.markdown)
    expected = _forecasts(state.database(), TYNSET, TODAY)["tynset-g2"]
    assert f"Prognose: <b>{forecast.badge(expected, NB)}</b>" in texts
    assert forecast.progress_sentence(expected, NB) in texts.replace("&nbsp;", "\u00a0")
    assert "Venter på tynset-t12 «Helhetlig meldesystem" in texts

    # The forecasts are cached on the data version: an upload shows on the next run.
    db = state.database()
    ids = db.sql("SELECT id FROM measure WHERE goal_id = 'tynset-g2'")["id"]
    rows = "".join(f"{i};{TODAY:%d.%m.%Y};Ferdig;100\n" for i in ids)
    upload = Upload(f"tiltak_id;dato;status;fremdrift\n{rows}".encode(), "s.csv", TYNSET,
                    today=TODAY)  # fmt: skip
    commit(db, upload, by="test")
    at.run()
    texts = " ".join(m.value for m in at.markdown).replace("&nbsp;", "\u00a0")
    reached = _forecasts(db, TYNSET, TODAY)["tynset-g2"]
    assert reached.state != expected.state
    assert f"Prognose: <b>{forecast.badge(reached, NB)}</b>" in texts
    assert forecast.progress_sentence(reached, NB) in texts
    assert forecast.progress_sentence(expected, NB) not in texts


def test_the_report_lists_goals_likely_to_miss_and_waiting_measures_in_every_format(demo_db):
    meeting = meetings.find(demo_db, TYNSET, MEETING)
    expected = _forecasts(demo_db, TYNSET, meeting.date)  # equal to the frozen one here
    likely = [g for g, f in expected.items() if f.state in ("miss", "tight")]
    assert likely  # the demo's goals are behind their pace
    titles = dict(demo_db.sql("SELECT id, title FROM goal WHERE plan_id = $p", {"p": TYNSET})
                  .itertuples(index=False))  # fmt: skip
    numbers = {g: i for i, g in enumerate(sorted(titles), start=1)}
    waiting_line = f"Venter på forfalt tiltak: {WAITING}."

    report, _name, data = make(demo_db, TYNSET, MEETING, None, NB, "docx")
    doc = Document(io.BytesIO(data))
    (table,) = [tb for tb in doc.tables if tb.rows[0].cells[0].text == "Gjelder"]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    goal_rows = [r for r in rows if r[0].startswith("Mål ")]
    assert [r[0] for r in goal_rows] == [f"Mål {numbers[g]}: {titles[g]}" for g in likely]
    for row, goal_id in zip(goal_rows, likely, strict=True):
        found = expected[goal_id]
        assert row[1] == f"{forecast.badge(found, NB)}: {forecast.progress_sentence(found, NB)}"
    (waits,) = [r for r in rows if r[0].startswith("Tiltak ")]
    assert waits[0].endswith("(mål 2)") and waits[1] == waiting_line
    paragraphs = [p.text for p in doc.paragraphs]
    for goal_id, found in expected.items():
        line = f"Prognose: {forecast.badge(found, NB)}. {forecast.progress_sentence(found, NB)}"
        assert line in paragraphs, goal_id
    # the goal's own attention table names what the waiting measure waits for
    assert any(waiting_line in c.text for tb in doc.tables for r in tb.rows for c in r.cells
               if tb.rows[0].cells[0].text == "Tiltak")  # fmt: skip

    _r, _n, data = make(demo_db, TYNSET, MEETING, None, NB, "pptx")
    slides = list(Presentation(io.BytesIO(data)).slides)
    (attention,) = [s for s in slides if s.shapes.title.text == NB("presfc.attention")]
    said = " ".join(s.text_frame.text for s in attention.shapes if s.has_text_frame)
    assert all(f"Mål {numbers[g]}: {titles[g]}" in said for g in likely)
    assert waiting_line in said
    goal_two = next(s for s in slides if s.shapes.title.text.startswith("2. "))
    said = " ".join(s.text_frame.text for s in goal_two.shapes if s.has_text_frame)
    assert forecast.badge(expected["tynset-g2"], NB) in said

    _r, _n, data = make(demo_db, TYNSET, MEETING, None, NB, "pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert NB("presfc.attention") in text
    assert " ".join(waiting_line.split()) in text
    assert report.attention.rows and report.attention_items == [
        tuple(r) for r in report.attention.rows
    ]
