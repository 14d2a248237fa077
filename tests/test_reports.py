"""The status report as Word, PowerPoint and PDF: open each file and check that its titles
and figures are the database's for the same date (computed here in SQL of its own)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pypdf import PdfReader

from dashboard import meetings, reports
from dashboard.i18n import Translator
from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.reports import pptx_report
from dashboard.reports.model import shorten
from tests.conftest import TODAY
from tests.helpers import expected, make

NB, EN = Translator("nb"), Translator("en")


# Each goal's measures per progress band (as the tables show progress, whole percent)
# and status: the bars of a goal's chart.
BANDS = """
SELECT goal_id, goal_order,
       CASE WHEN round(progress) <= 0 THEN 0 WHEN round(progress) <= 24 THEN 1
            WHEN round(progress) <= 49 THEN 2 WHEN round(progress) <= 74 THEN 3
            WHEN round(progress) <= 99 THEN 4 ELSE 5 END AS band,
       status, count(*) AS n
FROM states GROUP BY ALL ORDER BY goal_order, goal_id, band
"""


def bands(db, states) -> dict[str, dict[str, list[int]]]:
    """Per goal id, per status: the number of measures in each of the six bands."""
    with db.cursor() as cur:
        cur.register("states", states)
        rows = cur.execute(BANDS).df()
    out: dict[str, dict[str, list[int]]] = {}
    for row in rows.itertuples():
        out.setdefault(row.goal_id, {}).setdefault(row.status, [0] * 6)[row.band] = row.n
    return out


def plan_name(db, plan_id: str) -> str:
    return db.scalar("SELECT name FROM plan WHERE id = $p", {"p": plan_id})


def add_measures(db, rows: int, comment=lambda i: None) -> None:
    """``rows`` more measures in his-2025's first goal ("Ekstra tiltak 00 i regionen", …),
    each on track at (7 × i) % 101 % with a comment ("Kommentar 00 fra eieren" unless
    ``comment(i)`` gives one)."""
    with db.write() as cur:
        for i in range(rows):
            cur.execute(
                "INSERT INTO measure (id, goal_id, title, owner_id, start_date, due_date, "
                "sort_order) SELECT $id, 'his-g1', $title, owner_id, DATE '2026-01-01', "
                "DATE '2027-06-30', 100 + $i FROM measure WHERE id = 'his-t01'",
                {"id": f"big-{i:02d}", "title": f"Ekstra tiltak {i:02d} i regionen", "i": i},
            )
            cur.execute(
                "INSERT INTO status_update (measure_id, update_date, status, progress, comment) "
                "VALUES ($id, $d, 'on_track', $p, $c)",
                {"id": f"big-{i:02d}", "d": TODAY, "p": (i * 7) % 101,
                 "c": comment(i) or f"Kommentar {i:02d} fra eieren"},
            )  # fmt: skip


def pdf_runs(data: bytes) -> list[list[tuple[str, tuple[float, ...], str, float]]]:
    """Per page of a PDF, each piece of text as drawn: (text, fill colour as RGB, font, size)."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        fill: list[tuple[float, ...]] = [(0.0, 0.0, 0.0)]
        runs: list[tuple[str, tuple[float, ...], str, float]] = []

        def before(op, args, _cm, _tm, fill=fill):
            if op == b"rg":
                fill[0] = tuple(round(float(a), 3) for a in args)

        def shown(text, _cm, _tm, font, size, fill=fill, runs=runs):
            if text.strip():
                name = str(font.get("/BaseFont", "")).split("+")[-1] if font else ""
                runs.append((text.strip(), fill[0], name, size))

        page.extract_text(visitor_operand_before=before, visitor_text=shown)
        pages.append(runs)
    return pages


def rgb(hex_colour: str) -> tuple[float, ...]:
    return tuple(round(int(hex_colour[i : i + 2], 16) / 255, 3) for i in (1, 3, 5))


CASES = [
    # (plan, meeting, as_of, cadence, language)
    ("ho21-2020", "Møte 6/2021", None, 90, NB),
    ("ho21-2020", "Møte 5/2021", None, 90, EN),
    ("his-2025", None, TODAY, 60, NB),
    ("tynset-2025", "Ledermøte 3/2026", None, 60, NB),
]


@pytest.mark.parametrize(("plan_id", "meeting", "as_of", "cadence", "t"), CASES)
def test_the_word_report_has_the_databases_titles_and_figures(
    demo_db, plan_id, meeting, as_of, cadence, t
):
    states, goals = expected(demo_db, plan_id, meeting=meeting, as_of=as_of, cadence=cadence)
    _report, name, data = make(demo_db, plan_id, meeting, as_of, t, "docx")
    assert name.endswith(".docx")
    doc = Document(io.BytesIO(data))
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    title = next(p.text for p in paragraphs if p.style.name == "Title")
    assert plan_name(demo_db, plan_id) in title
    assert doc.core_properties.title == title
    headings = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    for number, goal in enumerate(goals.itertuples(), start=1):
        assert f"{number}. {goal.goal_title}" in headings

    meta = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    when = meetings.find(demo_db, plan_id, meeting).date if meeting else as_of
    assert meta[t("report.meta_as_of")] == t.date(when)
    if meeting:
        assert meta[t("report.meta_meeting")] == f"{meeting}, {t.date(when)}"

    overview = next(tb for tb in doc.tables if tb.rows[0].cells[0].text == t("col.goal"))
    header = [c.text for c in overview.rows[0].cells]
    rows = [[c.text for c in row.cells] for row in overview.rows[1:]]
    assert [r[0] for r in rows] == goals["goal_title"].tolist()
    for row, goal in zip(rows, goals.itertuples(), strict=True):
        assert row[header.index(t("col.progress"))] == t.percent(goal.progress)
        assert row[header.index(t("col.measures"))] == str(goal.measures)
        for status_id in DISPLAY_STATUS_IDS:
            assert row[header.index(status(status_id).icon)] == str(getattr(goal, status_id))

    # Each goal's measures: titles, statuses and progress as stored.
    measure_tables = [tb for tb in doc.tables if tb.rows[0].cells[0].text == t("col.measure")
                      and tb.rows[0].cells[1].text == t("col.owner")
                      and tb.rows[0].cells[3].text == t("col.progress")]  # fmt: skip
    listed = [[c.text for c in row.cells] for tb in measure_tables for row in tb.rows[1:]]
    assert [r[0] for r in listed] == states["title"].tolist()
    assert [r[2] for r in listed] == [status(s).badge(t.lang) for s in states["status"]]
    assert [r[3] for r in listed] == [t.percent(p) for p in states["progress"]]
    assert len(doc.inline_shapes) == 2 + sum(1 for g in goals.itertuples() if g.measures)


@pytest.mark.parametrize(("plan_id", "meeting", "as_of", "cadence", "t"), CASES)
def test_the_powerpoint_report_has_a_slide_per_goal_with_native_charts_of_the_figures(
    demo_db, plan_id, meeting, as_of, cadence, t
):
    states, goals = expected(demo_db, plan_id, meeting=meeting, as_of=as_of, cadence=cadence)
    report, name, data = make(demo_db, plan_id, meeting, as_of, t, "pptx")
    assert name.endswith(".pptx")
    deck = Presentation(io.BytesIO(data))
    slides = list(deck.slides)
    titles = [s.shapes.title.text for s in slides]
    assert titles[0] == report.title and plan_name(demo_db, plan_id) in titles[0]
    assert titles[1] == t("report.overall")
    assert titles[2] == t("presfc.attention")  # across the plan (tests/test_presfc.py)
    assert titles[3 : 3 + len(goals)] == [
        f"{n}. {title}" for n, title in enumerate(goals["goal_title"], start=1)
    ]
    decision = 3 + len(goals)
    assert titles[decision] == t("report.decision")

    charts = [s.chart for s in slides[1].shapes if s.has_chart]
    progress_chart, status_chart = charts
    assert progress_chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    plot = progress_chart.plots[0]
    assert list(plot.categories) == [shorten(g, 48) for g in goals["goal_title"]]
    expected_values = [round(p or 0.0, 1) for p in goals["progress"]]
    assert list(plot.series[0].values) == pytest.approx(expected_values)
    assert status_chart.chart_type == XL_CHART_TYPE.BAR_STACKED
    for series in status_chart.plots[0].series:
        status_id = next(s for s in DISPLAY_STATUS_IDS if status(s).badge(t.lang) == series.name)
        assert list(series.values) == goals[status_id].tolist()

    # Each goal's chart: its measures per progress band, a series per status.
    per_band = bands(demo_db, states)
    for slide, goal in zip(slides[3:decision], goals.itertuples(), strict=True):
        own = states[states["goal_id"] == goal.goal_id]
        texts = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        assert t.percent(goal.progress) in texts
        charts = [s.chart for s in slide.shapes if s.has_chart]
        if own.empty:
            assert not charts
            continue
        (chart,) = charts
        assert chart.chart_type == XL_CHART_TYPE.BAR_STACKED
        percent = "\u00a0%" if t.lang == "nb" else "%"
        assert list(chart.plots[0].categories) == [
            f"{band}{percent}" for band in ("0", "1–24", "25–49", "50–74", "75–99", "100")
        ]
        drawn = {
            next(s for s in DISPLAY_STATUS_IDS if status(s).badge(t.lang) == series.name): list(
                series.values
            )
            for series in chart.plots[0].series
        }
        assert drawn == per_band[goal.goal_id]
        assert slide.notes_slide.notes_text_frame.text  # the full paragraph for the speaker

    # The appendix after the decision: every measure, in order, with its status.
    listed = []
    for slide in slides[decision + 1 :]:
        (table,) = [s.table for s in slide.shapes if s.has_table]
        assert [c.text for c in table.rows[0].cells][:3] == [
            t("col.measure"),
            t("col.owner"),
            t("col.status"),
        ]
        assert 2 <= len(table.rows) <= 1 + pptx_report.ROWS_PER_SLIDE
        listed += [[c.text for c in row.cells] for row in list(table.rows)[1:]]
    assert [r[0] for r in listed] == [shorten(x, pptx_report.TITLE_CHARS) for x in states["title"]]
    assert [r[2] for r in listed] == [status(s).badge(t.lang) for s in states["status"]]
    assert [r[3] for r in listed] == [t.percent(p) for p in states["progress"]]


@pytest.mark.parametrize(("plan_id", "meeting", "as_of", "cadence", "t"), CASES)
def test_the_pdf_report_has_the_databases_titles_and_figures(
    demo_db, plan_id, meeting, as_of, cadence, t
):
    states, goals = expected(demo_db, plan_id, meeting=meeting, as_of=as_of, cadence=cadence)
    report, name, data = make(demo_db, plan_id, meeting, as_of, t, "pdf")
    assert name.endswith(".pdf") and data.startswith(b"%PDF")
    pdf = PdfReader(io.BytesIO(data))
    assert pdf.metadata.title == report.title
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert " ".join(report.title.split()) in text
    progress = states.assign(
        v=states["progress"].where(states["status"] != "done", 100.0) * states["weight"],
        w=states["weight"].where(states["status"] != "cancelled", 0.0),
    )
    progress = progress[progress["status"] != "cancelled"]
    overall = progress["v"].sum() / progress["w"].sum()
    first = t("board.plan_progress_since" if report.baseline_label else "board.plan_progress")
    assert first.split("{")[0] + t.percent(overall).replace("\u00a0", " ") in text
    position = 0
    for number, goal in enumerate(goals.itertuples(), start=1):
        heading = f"{number}. {goal.goal_title}"
        position = text.index(heading, position)
        sentence = t("board.progress").split("{")[0] + t.percent(goal.progress)
        found = text.index(sentence.replace("\u00a0", " "), position)
        assert found - position < len(heading) + 5  # the paragraph opens the section
    for title in states["title"]:
        assert " ".join(title.split())[:20] in text


def test_a_report_as_of_a_date_compares_with_the_last_meeting_before_it(demo_db):
    report, _name, _data = make(demo_db, "his-2025", None, TODAY, NB, "docx")
    assert report.baseline_short == "Styremøte 4/2026"
    assert dict(report.meta)[NB("report.meta_since")] == "Styremøte 4/2026 (24.09.2026)"
    first = meetings.find(demo_db, "ho21-2020", "Møte 4/2021")
    found = reports.report_for(demo_db, "ho21-2020", NB, meeting=first, generated=TODAY)
    assert found.baseline_label is None
    assert dict(found.meta)[NB("report.meta_since")] == NB("report.no_baseline")


def test_user_text_that_documents_cannot_hold_is_cleaned_not_fatal(demo_db):
    comment = 'Se <script>alert("x")</script> & «sitat»\x0b\x07 – ferdig'
    with demo_db.write() as cur:
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress, comment) "
            "VALUES ('his-t05', $d, 'at_risk', 70, $c)",
            {"d": TODAY, "c": comment},
        )
    clean = 'Se <script>alert("x")</script> & «sitat» – ferdig'
    _r, _n, docx_data = make(demo_db, "his-2025", None, TODAY, NB, "docx")
    cells = [c.text for tb in Document(io.BytesIO(docx_data)).tables for r in tb.rows
             for c in r.cells]  # fmt: skip
    assert any(clean in c for c in cells)
    _r, _n, pdf_data = make(demo_db, "his-2025", None, TODAY, NB, "pdf")
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf_data)).pages
    )
    assert '<script>alert("x")</script>' in text
    _r, _n, pptx_data = make(demo_db, "his-2025", None, TODAY, NB, "pptx")
    assert Presentation(io.BytesIO(pptx_data)).slides


def test_file_names_say_plan_and_meeting_or_date(demo_db):
    _r, name, _d = make(demo_db, "ho21-2020", "Møte 6/2021", None, NB, "pdf")
    assert name == "statusrapport-ho21-2020-mote-6-2021.pdf"
    _r, name, _d = make(demo_db, "his-2025", None, dt.date(2026, 6, 30), NB, "docx")
    assert name == "statusrapport-his-2025-2026-06-30.docx"


def test_the_rapport_page_builds_the_report_once_per_choice_and_state_of_the_data_for_all(
    demo_env, monkeypatch
):
    from dashboard.ui import state
    from tests.helpers import run_page

    built = []
    real = reports.report_for
    monkeypatch.setattr(reports, "report_for", lambda *a, **k: built.append(1) or real(*a, **k))
    at = run_page("pages/rapport.py", plan="his-2025")
    at.selectbox(key="filter_meeting").set_value("").run()  # the live state, not a meeting
    assert len(built) == 2
    at.run()  # a rerun that changes nothing reuses the report
    assert len(built) == 2
    other = run_page("pages/rapport.py", plan="his-2025")  # another session: the same reports
    other.selectbox(key="filter_meeting").set_value("").run()
    assert len(built) == 2
    assert [d.value.to_dict() for d in other.dataframe] == [d.value.to_dict() for d in at.dataframe]
    db = state.database()
    with db.write() as cur:
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress, comment) "
            "VALUES ('his-t05', $d, 'at_risk', 70, 'Ny kommentar fra prosjektlederen')",
            {"d": TODAY},
        )
    at.run()
    assert not at.exception
    assert len(built) == 3  # new data: built again, and the preview shows it
    shown = [cell for frame in at.dataframe for cell in frame.value.astype(str).to_numpy().ravel()]
    assert any("Ny kommentar fra prosjektlederen" in cell for cell in shown)


def test_a_goal_of_many_measures_and_a_huge_comment_fits_every_format(demo_db):
    """A small stand-in for the largest plan of a region: every measure stays findable
    (Word and PDF tables, PowerPoint's appendix), the goal's chart keeps six bars, and a
    comment of 200 000 characters is cut in the tables, not fatal."""
    rows = 45
    add_measures(demo_db, rows, lambda i: ("ord " * 50_000) if i == 7 else None)
    states, goals = expected(demo_db, "his-2025", as_of=TODAY, cadence=60)
    ours = states[states["goal_id"] == "his-g1"]
    assert len(ours) > rows

    _r, _n, docx_data = make(demo_db, "his-2025", None, TODAY, NB, "docx")
    doc = Document(io.BytesIO(docx_data))
    cells = {row.cells[0].text: [c.text for c in row.cells] for tb in doc.tables
             if tb.rows[0].cells[0].text == NB("col.measure") and len(tb.columns) == 6
             for row in tb.rows[1:]}  # fmt: skip
    comments = {title: row[5] for title, row in cells.items()}
    assert set(ours["title"]) <= set(comments)
    owner = demo_db.scalar(
        "SELECT o.name FROM measure m JOIN owner o ON o.id = m.owner_id WHERE m.id = 'his-t01'"
    )  # measure, owner, status, progress (3 × 7 %), due date, as the reader sees them
    on_track = status("on_track").badge("nb")
    assert cells["Ekstra tiltak 03 i regionen"][:5] == [
        "Ekstra tiltak 03 i regionen",
        owner,
        on_track,
        "21\u00a0%",
        "30.06.2027",
    ]
    assert comments["Ekstra tiltak 03 i regionen"].startswith("Kommentar 03 fra eieren")
    huge = comments["Ekstra tiltak 07 i regionen"]
    assert huge.startswith("ord ord") and len(huge) < 320

    _r, _n, pdf_data = make(demo_db, "his-2025", None, TODAY, NB, "pdf")
    pdf = PdfReader(io.BytesIO(pdf_data))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert all(f"Ekstra tiltak {i:02d} i regionen" in text for i in range(rows))
    assert "Kommentar 44 fra eieren" in text

    _r, _n, pptx_data = make(demo_db, "his-2025", None, TODAY, NB, "pptx")
    slides = list(Presentation(io.BytesIO(pptx_data)).slides)
    appendix = [s for s in slides if s.shapes.title.text.startswith(f"{NB('report.measures')}: 1.")]
    per_slide = pptx_report.ROWS_PER_SLIDE
    assert len(appendix) == -(-len(ours) // per_slide)  # continuation slides, none too full
    tables = [next(sh.table for sh in s.shapes if sh.has_table) for s in appendix]
    assert [len(tb.rows) - 1 for tb in tables[:-1]] == [per_slide] * (len(tables) - 1)
    listed = [row.cells[0].text for tb in tables for row in list(tb.rows)[1:]]
    assert listed == [shorten(x, pptx_report.TITLE_CHARS) for x in ours["title"]]
    shown = [row.cells[2].text_frame.paragraphs[0].runs[0] for tb in tables
             for row in list(tb.rows)[1:]]  # fmt: skip
    assert [run.text for run in shown] == [status(s).badge("nb") for s in ours["status"]]
    for run, status_id in zip(shown, ours["status"], strict=True):  # bold, in its colour
        assert run.font.bold and str(run.font.color.rgb) == status(status_id).text_color[1:]
    (goal_slide,) = [s for s in slides if s.shapes.title.text == f"1. {goals.goal_title[0]}"]
    (chart,) = [sh.chart for sh in goal_slide.shapes if sh.has_chart]
    assert len(list(chart.plots[0].categories)) == 6  # a bar per band, however many measures
    badges = {status(s).badge(NB.lang): s for s in DISPLAY_STATUS_IDS}
    drawn = {badges[series.name]: list(series.values) for series in chart.plots[0].series}
    assert drawn == bands(demo_db, states)["his-g1"]
    assert sum(sum(values) for values in drawn.values()) == len(ours)


def test_the_pdf_tables_show_each_cell_in_its_look_and_repeat_their_header(demo_db):
    """A measures table of 50 rows runs over pages: every page it continues on opens with
    its header in bold; titles, owners, figures and dates are plain black 8 pt text, each
    status bold in its own colour, and progress reads as "35 %"."""
    add_measures(demo_db, 45)
    states, _goals = expected(demo_db, "his-2025", as_of=TODAY, cadence=60)
    ours = states[states["goal_id"] == "his-g1"]
    _r, _n, data = make(demo_db, "his-2025", None, TODAY, NB, "pdf")
    pages = pdf_runs(data)
    header = [NB("col.measure"), NB("col.owner"), NB("col.status")]
    on_track = status("on_track")
    continued = 0
    for runs in pages:
        rows = [i for i, run in enumerate(runs) if run[0].startswith("Ekstra tiltak")]
        if not rows:
            continue
        continued += 1
        bold = [run[0] for run in runs[: rows[0]] if run[3] == 8 and run[2] == "DejaVuSans-Bold"]
        starts = [i for i, text in enumerate(bold) if text == header[0]]
        assert starts  # the page's first row is under its table's header
        first = tuple(bold[starts[-1] : starts[-1] + 3])
        assert first in (
            tuple(header),
            tuple(NB(f"col.{c}") for c in ("measure", "before", "after")),
        )
        continued += first == tuple(header)
        cells = [run for run in runs[rows[0] :] if run[3] == 8]
        badges = [run for run in cells if run[0] == on_track.badge("nb")]
        assert badges and all(
            run[1] == rgb(on_track.text_color) and run[2] == "DejaVuSans-Bold" for run in badges
        )
        plain = [run for run in cells if run[0].startswith(("Ekstra tiltak", "Kommentar"))]
        assert plain and all(run[1] == (0, 0, 0) and run[2] == "DejaVuSans" for run in plain)
    assert continued >= 2  # the measures table broke across pages, its header repeated
    text = " ".join(run[0] for runs in pages for run in runs)
    for i in range(45):
        assert f"Kommentar {i:02d} fra eieren" in text
    assert f"35{chr(0xA0)}%" not in text and "35 %" in text  # i = 5: 35 %, its space kept
    drawn = [run[0] for runs in pages for run in runs if run[0] == on_track.badge("nb")]
    assert len(drawn) >= (ours["status"] == "on_track").sum()
