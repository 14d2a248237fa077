"""Nothing English or raw in bokmål: admin tables in words, times in Oslo time, and a
walk over every page looking for English words and raw values.

Times are checked against the stored UTC value converted independently (zoneinfo).
"""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from dashboard import auth, words
from dashboard.i18n import Translator
from dashboard.inert import plain
from dashboard.ui import state
from tests.helpers import PAGES, figures, markdown_texts, run_page, vega_charts

OSLO = ZoneInfo("Europe/Oslo")
STAMP = re.compile(r"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$")
#: Raw values and role/action codes that must never reach a person.
RAW = ("None", "nan", "NaN", "NaT", "<NA>", "secretariat", "viewer", "set_role",
       "reset_password", "cli:")  # fmt: skip
#: English a bokmål page must not show (Streamlit's own and our old words).
ENGLISH = (
    *RAW, "True", "False", "Upload", "Browse files", "Drag and drop", "per file",
    "Page not found", "Goals", "Measures", "Owner", "Progress", "Overdue", "Delayed",
    "On track", "At risk", "Not started", "Download", "Undo", "Sign in", "Sign out",
    "Users", "Channels", "Report", "Presentation", "Settings", "Search", "Delete",
    "Cancel", "Save", "Close", "Week", "Month", "Quarter", "Year", "Added", "Removed",
    "Command line", "Demo data", "(wide)", "template",
)  # fmt: skip
_ENGLISH = re.compile(r"(?<![\w:])(" + "|".join(re.escape(w) for w in ENGLISH) + r")(?!\w)")


def oslo(stamp) -> str:
    """A stored UTC time as the page should show it, computed without dashboard code."""
    local = pd.Timestamp(stamp).tz_localize("UTC").tz_convert(OSLO)
    return local.strftime("%d.%m.%Y %H:%M")


def cells(frame: pd.DataFrame) -> list[str]:
    """Every header and cell of a shown table as text."""
    out = [str(c) for c in frame.columns]
    for column in frame.columns:
        out += ["None" if v is None else str(v) for v in frame[column].tolist()]
    return out


def test_actors_roles_and_actions_read_as_words():
    t = Translator("nb")
    assert words.actor("cli:root", t) == "Kommandolinje (root)"
    assert words.actor("api:Anna", t) == "Anna (API)"
    assert words.actor("demo", t) == "Demodata"
    assert words.actor(None, t) == "–"
    assert words.user_detail("set_role", "viewer -> admin", t) == "Leser → Administrator"
    assert words.user_detail("add", "secretariat", t) == "Sekretariat"
    assert words.user_detail("reset_password", None, t) == ""
    assert words.token_detail("Rapport (viewer, Anna)", t) == "Rapport (Leser, Anna)"
    assert words.file_stem("planpuls-mal-Mål-his-2025") == "planpuls-mal-maal-his-2025"


def test_brukere_shows_roles_actions_and_oslo_times_in_words(demo_env):
    db = state.database()
    auth.add_user(db, "kari", "secretariat", "et-langt-testpassord", by="cli:root")
    auth.set_role(db, "kari", "viewer", by="cli:root")
    at = run_page("pages/brukere.py", role="admin")
    users, events = at.dataframe[0].value, at.dataframe[1].value
    for frame in (users, events):
        shown = cells(frame)
        raw = [c for c in shown if _ENGLISH.search(c)]
        assert not raw, raw
    kari = users[users["Brukernavn"] == "kari"].iloc[0]
    assert kari["Rolle"] == "Leser" and kari["Opprettet av"] == "Kommandolinje (root)"
    stored = db.sql("SELECT created_at, updated_at FROM app_user WHERE name = 'kari'")
    assert kari["Opprettet"] == oslo(stored["created_at"].iloc[0])
    assert kari["Endret"] == oslo(stored["updated_at"].iloc[0])
    admin = users[users["Brukernavn"] == "test-admin"].iloc[0]
    assert admin["Endret"] == "–"  # never changed: a dash, not None
    about_kari = events[events["Brukernavn"] == "kari"]
    assert about_kari[["Handling", "Detalj", "Av"]].values.tolist() == [
        ["Ny rolle", "Sekretariat → Leser", "Kommandolinje (root)"],
        ["Lagt til", "Sekretariat", "Kommandolinje (root)"],
    ]
    assert all(STAMP.match(when) for when in about_kari["Tidspunkt"])


def test_importhistorikk_shows_who_and_when_in_words(demo_env):
    at = run_page("pages/importhistorikk.py", role="admin")
    frame = at.dataframe[0].value
    assert not [c for c in cells(frame) if _ENGLISH.search(c)]
    db = state.database()
    stored = db.sql("SELECT created_at, created_by FROM import_batch ORDER BY id DESC LIMIT 1")
    first = frame.iloc[0]
    assert first["Tidspunkt"] == oslo(stored["created_at"].iloc[0])
    assert stored["created_by"].iloc[0] == "demo" and first["Av"] == "Demodata"


def visible_texts(at) -> list[str]:
    """What a person reads on the page: texts, labels, options, table cells, chart words."""
    found = [plain(text) for _, text, _ in markdown_texts(at)]
    for kind in ("selectbox", "multiselect", "radio", "segmented_control", "pills"):
        for element in at.get(kind):
            found += [str(o) for o in getattr(element, "options", [])]
    for table in at.dataframe:
        found += cells(table.value)
    for figure in figures(at):
        layout = figure.get("layout", {})
        for axis in ("xaxis", "yaxis"):
            found.append(str(layout.get(axis, {}).get("title", {}).get("text", "")))
        found.append(str(layout.get("title", {}).get("text", "")))
        found += [str(trace.get("name", "")) for trace in figure.get("data", [])]
    for spec in vega_charts(at):  # the legend's names, the bars' labels, figures and hovers
        for row in spec["data"]["values"]:
            found += [str(row[key]) for key in ("y", "t", "h") if row[key]]
            found += [str(row["s"])] if not str(row["s"]).startswith("_") else []
    return found


@pytest.mark.parametrize("page", PAGES)
def test_no_page_in_bokmal_shows_english_or_raw_values(module_demo_env, page):
    query = {"slide": "1"} if page == "presentasjon.py" else {}
    at = run_page(f"pages/{page}", role="admin", **query)
    found = sorted({m.group(1) + " in " + repr(text[:80]) for text in visible_texts(at)
                    for m in [_ENGLISH.search(text)] if m})  # fmt: skip
    assert not found, found


def test_an_unknown_address_goes_to_the_start_page_and_nothing_else_is_redirected():
    from dashboard.ui import frame
    from dashboard.unknown_pages import START_PAGE, STREAMLIT_PATHS, page_names, redirect_target

    known = page_names() | STREAMLIT_PATHS | {"api", "planpuls", "status"}
    html = "text/html,application/xhtml+xml"

    def target(path, method="GET", accept=html, query="", base=""):
        return redirect_target(method, path, query, accept, known, base)

    assert target("/kanal") == "/"
    assert target("/finnes-ikke", query="lang=en") == "/?lang=en"
    # The start page's file name is no page of Streamlit's (it serves it at /): a
    # bookmarked /oversikt opens it there, plan and language kept.
    assert target("/oversikt", query="lang=nn&plan=his-2025") == "/?lang=nn&plan=his-2025"
    assert Path(frame.PAGES[0].path).stem == START_PAGE  # the page Streamlit serves at /
    assert target("/kanal", base="/planpuls-app") is None  # outside the base path
    assert target("/planpuls-app/kanal", base="/planpuls-app") == "/planpuls-app/"
    for path in ("/", "/kanaler", "/brukere", "/logg_inn", "/favicon.png", "/_stcore",
                 "/api", "/status", "/oauth2callback", "/a/b"):  # fmt: skip
        assert target(path) is None, path
    assert target("/kanal", method="POST") is None
    assert target("/kanal", accept="application/json") is None


def test_the_walk_sees_the_english_words_when_the_page_is_in_english(module_demo_env):
    """The check above proves something: the same walk in English finds its words."""
    at = run_page("pages/oversikt.py", role="admin", lang="en")
    found = {m.group(1) for text in visible_texts(at) for m in _ENGLISH.finditer(text)}
    assert {"On track", "Delayed", "Measures"} <= found, found


def test_template_files_are_named_in_the_ui_language():
    def name(lang: str, kind: str) -> str:
        t = Translator(lang)
        return words.file_stem(t("file.template", kind=t(f"kind.{kind}"), plan="his-2025"))

    assert name("nb", "status") == "planpuls-mal-statusoppdateringer-his-2025"
    assert name("nb", "goals") == "planpuls-mal-maal-his-2025"
    assert name("en", "status") == "planpuls-template-status-updates-his-2025"


def test_a_tools_name_and_the_wide_template_are_in_the_ui_language():
    from dashboard.ingest.pipeline import Preview
    from dashboard.ingest.presets import PRESETS
    from dashboard.ingest.report import format_name

    preset = PRESETS[0]
    read = Preview("x.csv", "0", source_format=preset.id, preset_name=preset.name_nb)
    assert format_name(read, Translator("nb")) == preset.name_nb
    assert format_name(read, Translator("en")) == preset.name_en != preset.name_nb
    wide = Preview("x.csv", "0", source_format="planpuls-metrics-wide")
    assert format_name(wide, Translator("nb")) == "Planpuls-mal (bred)"
    assert format_name(wide, Translator("en")) == "Planpuls template (wide)"
