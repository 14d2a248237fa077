"""Nynorsk ("nn") as a third language: every word, date and document in nynorsk.

A nynorsk reader must never meet English or bokmål-only words on a page, in a status
word, a preset's name, a month, the public status page or the board's Word report.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import string

import pytest
from docx import Document
from pptx import Presentation

from dashboard import api, exports, publication, status_page
from dashboard.db import Database
from dashboard.i18n import LANGUAGES, MESSAGES, NBSP, Translator
from dashboard.ingest import templates
from dashboard.ingest.pipeline import Upload, preview
from dashboard.ingest.presets import PRESETS
from dashboard.labels import DISPLAY_STATUSES, METRICS, parse_status
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import ROOT, client, page_text, run_page

PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))

#: English words a nynorsk (or bokmål) page must never show: Streamlit's own and ours.
ENGLISH = ("Upload", "Uploads", "None", "Page", "Goal", "Goals", "Measure", "Measures", "Owner",
           "Owners", "Status date", "Progress", "Overview", "Channels", "Filters", "Download",
           "Browse files", "Drag and drop", "Search", "Delete", "Cancel", "Submit", "Loading",
           "Not started", "On track", "At risk", "Delayed", "Done", "Cancelled", "Visitors",
           "Reach", "Followers", "Sign in", "Sign out", "Users", "Report", "Changes since",
           "Target", "Due", "true", "false", "NaN", "nan", "add", "secretariat")  # fmt: skip

#: Words that are bokmål and not nynorsk: each has a nynorsk form the page should use.
BOKMAL = ("ikke", "hva", "hvem", "hvor", "hvilke", "hvilken", "hvis", "fremdrift", "fremdriften",
          "ansvarlig", "ansvarlige", "ennå", "bare", "fra", "noen", "være", "endret", "lagret",
          "velg", "valgt", "siden", "dager", "kanaler", "tiltakene", "målene", "navn", "brukere",
          "samlet", "forsinket", "avbrutt", "utvalg", "måltall", "opplastingen", "filen",
          "kolonnene", "mangler", "finnes", "gjelder", "allerede", "hele", "laget", "senere",
          "tidligere", "forrige", "virksomhet", "forfalt", "kommentarer", "endringer", "vises",
          "lagres", "dere", "deres", "jeg", "mitt", "oppnådd av", "tall", "ukjent plan",
          "rekkevidde", "følgere", "besøkende", "sammenlign", "øyeblikksbilde")  # fmt: skip


def _words(found: str, words: tuple[str, ...], *, case: bool) -> list[str]:
    flags = 0 if case else re.IGNORECASE
    return [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", found, flags)]


# The message table ----------------------------------------------------------------------


def test_every_message_exists_in_bokmal_nynorsk_and_english():
    missing = {
        lang: sorted(key for key, texts in MESSAGES.items() if not texts.get(lang))
        for lang in LANGUAGES
    }
    # For a key another area added: put its nynorsk in dashboard/messages_nn.py.
    assert missing == {lang: [] for lang in LANGUAGES}


def _shape(text: str) -> tuple:
    """What a translation must keep: the placeholders, Markdown marks and code spans."""
    fields = sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)
    marks = tuple(text.count(m) for m in ("**", "`", "\n", "«", "<", "--"))
    return fields, marks


def test_each_nynorsk_text_keeps_the_placeholders_and_markdown_of_bokmal():
    differ = [key for key, texts in MESSAGES.items() if _shape(texts["nn"]) != _shape(texts["nb"])]
    assert differ == []


def test_the_nynorsk_texts_are_not_bokmal_or_english():
    bokmal = {k: _words(t["nn"], BOKMAL, case=False) for k, t in MESSAGES.items()}
    # Commands in code spans (`users add`) are typed as they are, in any language.
    english = {
        k: _words(re.sub(r"`[^`]*`", "", t["nn"]), ENGLISH, case=True) for k, t in MESSAGES.items()
    }
    assert {k: v for k, v in bokmal.items() if v} == {}
    assert {k: v for k, v in english.items() if v} == {}


def test_the_texts_differ_from_bokmal_where_the_languages_do():
    # Not a copy of bokmål: most sentences differ ("ikkje", "eit", "kva", …).
    sentences = [t for t in MESSAGES.values() if " " in t["nb"] and len(t["nb"]) > 30]
    same = [t["nb"] for t in sentences if t["nn"] == t["nb"]]
    assert len(same) < len(sentences) / 20, same


# Words outside the table: statuses, metrics, presets, months ---------------------------


def test_every_status_metric_and_preset_has_a_nynorsk_name():
    assert [s.word("nn") for s in DISPLAY_STATUSES] == [
        "Ikkje starta", "På sporet", "Risiko", "Forseinka", "Ikkje oppdatert", "Fullført",
        "Avbrote",
    ]  # fmt: skip
    assert all(m.nn for m in METRICS) and METRICS[0].word("nn") == "Rekkjevidd"
    assert all(p.name_nn for p in PRESETS), [p.id for p in PRESETS if not p.name_nn]
    teams = next(p for p in PRESETS if p.id == "teams-attendance")
    assert teams.name("nn") == "Microsoft Teams – frammøterapport"
    assert teams.name("en") == "Microsoft Teams – attendance report"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Ikkje starta", "not_started"), ("forseinka", "delayed"), ("Avbrote", "cancelled")],
)
def test_nynorsk_status_words_are_read_on_upload(word, expected):
    assert parse_status(word) == expected


def test_months_numbers_and_dates_in_nynorsk():
    t = Translator("nn")
    assert t.period(dt.date(2025, 10, 1), "month") == "okt. 2025"  # CLDR (babel), as bokmål
    assert t.period(dt.date(2025, 5, 1), "quarter") == "K2 2025"
    assert t.date(dt.date(2025, 12, 31)) == "31.12.2025"
    assert t.number(1234.5, 1) == f"1{NBSP}234,5"
    assert t.percent(45.2) == f"45{NBSP}%"
    assert t.plotly_separators() == Translator("nb").plotly_separators()


# Choosing nynorsk: setting, browser, API ----------------------------------------------


def test_the_setting_chooses_nynorsk(monkeypatch):
    from dashboard import settings

    monkeypatch.setenv("PLANPULS_LANG", "nn")
    assert settings.default_language() == "nn"
    monkeypatch.setenv("PLANPULS_LANG", "nynorsk")
    assert settings.default_language() == "nb"


class _Request:
    def __init__(self, accept: str, query: dict | None = None) -> None:
        self.headers = {"accept-language": accept}
        self.query_params = query or {}


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("nn", "nn"), ("nn-NO,nb;q=0.8", "nn"), ("no", "nb"), ("nb-NO", "nb"),
     ("en-GB,nn;q=0.5", "en"), ("de,nn;q=0.3", "nn")],
)  # fmt: skip
def test_accept_language_nn_is_nynorsk_and_no_is_bokmal(monkeypatch, accept, expected):
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    assert api.language(_Request(accept)) == expected
    assert status_page.language(_Request(accept)) == expected
    assert api.language(_Request("en", {"lang": "nn"})) == "nn"


def test_the_api_answers_errors_in_nynorsk(demo_db):
    answer = client(demo_db).get(
        "/api/v1/plans/finst-ikkje/measures", headers={"accept-language": "nn"}
    )
    assert answer.json()["error"]["message"].startswith("Planen «finst-ikkje» finst ikkje.")


def test_the_public_status_page_in_nynorsk(demo_db, monkeypatch):
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    publication.publish(demo_db, "his-2025", by="test-admin")
    answer = client(demo_db).get("/status/his-2025?lang=nn")
    assert '<html lang="nn">' in answer.text
    text = page_text(answer.text)
    assert "Framdrift i heile planen" in text and "Tiltak etter status" in text
    shown = _without_data(text, _data_strings(demo_db))
    assert _words(shown, BOKMAL, case=False) == []
    assert _words(shown, ENGLISH, case=True) == []


# Every page in nynorsk ---------------------------------------------------------------


def _walk(node):
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _walk(child)


def _figure_texts(spec: dict) -> list[str]:
    """What a reader sees of a chart: titles, axis titles, legend names, hover labels."""
    found: list[str] = []

    def visit(value, key=""):
        if isinstance(value, dict):
            for k, v in value.items():
                visit(v, k)
        elif isinstance(value, list):
            for v in value:
                visit(v, key)
        elif isinstance(value, str) and key in ("text", "name", "hovertemplate", "title"):
            found.append(re.sub(r"%\{[^}]*\}|<[^>]+>", " ", value))

    visit(spec)
    return found


def visible_texts(at) -> list[str]:
    """The words of a page as read: bodies, labels, helps, options, tables' column names."""
    found: list[str] = []
    for node in _walk(at._tree):
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        kind = type(node).__name__
        if kind == "Dataframe":
            found += [str(c) for c in node.value.columns]
            continue
        if kind == "PlotlyChart":
            found += _figure_texts(json.loads(proto.spec))
            continue
        for field in ("body", "label", "help", "placeholder"):
            value = getattr(proto, field, None)
            if isinstance(value, str) and value:
                # (a page's own <style> is not read, nor tags' attributes: HTML cards)
                value = re.sub(r"<style>.*?</style>", " ", value, flags=re.S)
                found.append(re.sub(r"<[^>]+>", " ", value))
        options = getattr(proto, "options", None)
        if options is not None and not isinstance(options, str):
            found += [str(getattr(o, "content", o)) for o in options]
        for block in ("expandable", "tab"):
            if hasattr(proto, "HasField") and block in type(proto).DESCRIPTOR.fields_by_name:
                label = getattr(getattr(proto, block), "label", "")
                if label:
                    found.append(label)
    return found


#: Stored ids and vocabularies (``on_track``, ``his-t05``): never shown as they are.
_STORED_ID = re.compile(r"[a-z0-9_.:-]{0,40}")


def _data_strings(db) -> list[str]:
    """Every text the organisation typed (titles, names, comments): shown as written."""
    columns = db.sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE data_type = 'VARCHAR' AND table_schema = 'main'"
    )
    values: set[str] = set()
    for table, column in columns.itertuples(index=False):
        frame = db.sql(f'SELECT DISTINCT "{column}" AS v FROM "{table}" WHERE "{column}" <> \'\'')
        values |= {v for v in frame["v"] if isinstance(v, str) and not _STORED_ID.fullmatch(v)}
    return sorted(values, key=len, reverse=True)


def _without_data(text: str, data: list[str]) -> str:
    from dashboard.inert import plain

    text = plain(text)
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


@pytest.mark.parametrize("page", PAGES)
def test_no_page_in_nynorsk_shows_english_or_bokmal_words(module_demo_env, page):
    at = run_page(f"pages/{page}", lang="nn", role="admin")
    found = visible_texts(at)
    assert "Språk / Language" in found  # the switch names itself in both, on purpose
    shown = _without_data("\n".join(f for f in found if f != "Språk / Language"),
                          _data_strings(state.database()))  # fmt: skip
    assert len(shown) > 60, shown  # the page showed its words
    assert _words(shown, ENGLISH, case=True) == [], shown
    assert _words(shown, BOKMAL, case=False) == [], shown


# The board's report in nynorsk ---------------------------------------------------------


def test_the_report_command_writes_nynorsk(demo_template, tmp_path, capsys):
    from dashboard.cli import main
    from tests.conftest import copy_of_demo

    path = copy_of_demo(demo_template, tmp_path / "r.duckdb")
    files = {fmt: tmp_path / f"rapport.{fmt}" for fmt in ("docx", "pptx", "pdf")}
    for target in files.values():
        words = ["report", "--db", str(path), "--plan", "his-2025", "--as-of", "2026-11-23"]
        assert main([*words, "--lang", "nn", "-o", str(target)]) == 0, capsys.readouterr()
    doc = Document(io.BytesIO(files["docx"].read_bytes()))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert doc.core_properties.language == "nn-NO"
    assert "Kvifor saka blir lagd fram" in text and "Forslag til vedtak" in text
    assert "Saka blir teken til orientering." in text
    assert "Framdrift" in cells and "◷ Ikkje oppdatert" in cells
    assert "Av 20 tiltak er 5 på sporet, 2 med risiko, 1 forseinka" in text
    db = Database.open(path)
    try:
        shown = _without_data(text + "\n" + cells, _data_strings(db))
    finally:
        db.close()
    assert _words(shown, BOKMAL, case=False) == [], shown
    assert _words(shown, ENGLISH, case=True) == [], shown
    slides = Presentation(str(files["pptx"]))
    slide_text = " ".join(
        s.text_frame.text for slide in slides.slides for s in slide.shapes if s.has_text_frame
    )
    assert "Samla framdrift" in slide_text or "Framdrift" in slide_text
    assert files["pdf"].read_bytes().startswith(b"%PDF")


# Upload templates in nynorsk ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["goals", "measures", "status", "targets", "owners", "channels"])
def test_every_nynorsk_template_comes_back_unchanged(demo_db, kind):
    frame = templates.template(demo_db, kind, "his-2025", TODAY, "nn")
    assert list(frame.columns) == templates.HEADERS[kind]["nn"]
    assert len(frame) > 0
    result = preview(demo_db, Upload(exports.to_csv(frame), f"{kind}.csv", "his-2025", today=TODAY))
    assert result.kind == kind
    assert result.problems == [] and result.ignored == []
    assert result.counts["added"] == 0 and result.counts["changed"] == 0
