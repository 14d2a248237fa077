"""An organisation makes Planpuls its own, in Chromium, from an empty database.

The secretariat of Helse Midt-Norge (seed 001: its regional communication strategy)
creates its plan on Kom i gang, uploads its goals, its measures as a cp1252
semicolon file from Norwegian Excel and an outcome target, corrects a measure's
owner in the table on Mål, uploads the status updates, records the board meeting
and downloads its Word report, which must carry the plan's goal titles and the
progress the rules give for the figures uploaded here.
"""

from __future__ import annotations

import io

import pytest

from tests.browser.conftest import (
    DESKTOP,
    PHONE,
    open_from_menu,
    running_app,
    screenshot,
    sign_in,
    wait_until_idle,
)
from tests.browser.helpers import (
    choose_in_editor,
    choose_next_file,
    measure_table,
    metric,
    settle,
)

pytestmark = pytest.mark.browser

PLAN = "hmn-2026"
PLAN_NAME = "Regional kommunikasjonsstrategi Helse Midt-Norge 2026"

#: The goals, from "Mål for kommunikasjonsarbeidet" in the strategy (seed 001).
GOALS = {
    "hmn-m1": "Kjent med prosesser og beslutninger i rett tid",
    "hmn-m2": "Forankring av pasientsikkerhet og eHelse",
    "hmn-m3": "Åpenhet og god tilgjengelighet",
}
GOALS_FILE = (
    "\ufeffplan;mål_id;tittel;beskrivelse\r\n"
    + "".join(
        f"{PLAN};{goal_id};{title};Fra strategiens mål for kommunikasjonsarbeidet\r\n"
        for goal_id, title in GOALS.items()
    )
).encode("utf-8")

#: (id, goal, title, owner, channels, audiences, start, due, weight)
MEASURES = [
    ("hmn-t1", "hmn-m1", "Medieplan for foretaksgruppen", "Kommunikasjonsrådgiver",
     "Media|Nettside", "Befolkningen", "01.01.2026", "30.06.2026", "2"),
    ("hmn-t2", "hmn-m1", "Nyhetssak om styrevedtak – innen to døgn", "Kommunikasjonsdirektør",
     "Nettside", "Befolkningen|Ansatte", "01.02.2026", "31.12.2026", "1"),
    ("hmn-t3", "hmn-m2", "Lederkommunikasjon om eHelse på Virksomhetsportalen",
     "Programleder eHelse", "Virksomhetsportalen", "Ansatte", "01.03.2026", "30.09.2026", "1"),
    ("hmn-t4", "hmn-m2", "Kampanje for pasientsikkerhet", "Programleder pasientsikkerhet",
     "Nettside|Sosiale medier", "Befolkningen", "01.04.2026", "31.10.2026", "1"),
    ("hmn-t5", "hmn-m3", "Klarspråk på alle sider om behandlingstilbud", "Kommunikasjonsrådgiver",
     "Nettside", "Befolkningen", "01.01.2026", "15.12.2026", "1"),
]  # fmt: skip
MEASURES_FILE = (
    "sep=;\r\n"
    "Tiltak-ID;Mål-ID;Tittel;Ansvarlig;Kanaler;Målgrupper;Start;Frist;Vekt\r\n"
    + "".join(";".join(row) + "\r\n" for row in MEASURES)
).encode("cp1252")

#: Fewer than 120 000 visitors on the website in 2026 would miss the openness goal.
TARGETS_FILE = (
    "Mål-ID;Kanal;Måltall;Fra;Til;Målverdi;Retning\r\n"
    "hmn-m3;Nettside;Besøkende;01.01.2026;31.12.2026;120\u00a0000;opp\r\n"
).encode("cp1252")

#: (id, date, status, progress, comment): status as the secretariat's Excel has it.
STATUSES = [
    ("hmn-t1", "15.06.2026", "Fullført", "100 %", "Medieplanen er vedtatt"),
    ("hmn-t2", "10.11.2026", "På sporet", "60 %", "Publisert etter hvert styremøte"),
    ("hmn-t3", "01.11.2026", "Forsinket", "20 %", "Venter på den nye portalen"),
    ("hmn-t4", "20.10.2026", "Gul", "50 %", "Kampanjen er flyttet til uke 47"),
    ("hmn-t5", "05.11.2026", "Grønn", "40", ""),
]
STATUS_FILE = (
    "Tiltak-ID;Dato;Status;Fremdrift;Kommentar\r\n"
    + "".join(";".join(row) + "\r\n" for row in STATUSES)
).encode("cp1252")


def expected_progress() -> dict[str, str]:
    """Each goal's progress by the rules: the weighted mean of its measures' progress."""
    progress = {m: int(p.rstrip(" %")) for m, _d, _s, p, _c in STATUSES}
    out = {}
    for goal_id, title in GOALS.items():
        rows = [(progress[m[0]], float(m[8])) for m in MEASURES if m[1] == goal_id]
        mean = sum(p * w for p, w in rows) / sum(w for _, w in rows)
        out[title] = f"{round(mean)}\u00a0%"
    return out


@pytest.fixture
def empty_server(tmp_path):
    """A dashboard over an empty database (no demo), with the test accounts."""
    with running_app(tmp_path, demo=False) as url:
        yield url


def upload(page, path, data: bytes, *, expect_new: str) -> str:
    """Upload a file on Last opp, check what it would add, save it; returns the message."""
    path.write_bytes(data)
    choose_next_file(page, path)
    page.get_by_text("Slik ble filen lest").wait_for()
    wait_until_idle(page)
    assert metric(page, "Avvist") == "0"
    assert metric(page, "Nye") == expect_new
    page.get_by_role("button", name="Lagre opplastingen").click()
    saved = page.get_by_text("Lagret som opplasting nr.")
    saved.wait_for()
    wait_until_idle(page)
    return saved.inner_text()


def test_an_organisation_starts_its_own_plan_and_reports_to_its_board(
    empty_server, page_at, tmp_path
):
    import docx

    url = empty_server
    reader = page_at(PHONE)
    reader.goto(url)
    wait_until_idle(reader)
    reader.get_by_text("ikke satt opp").first.wait_for()  # a friendly empty state
    screenshot(reader, "tom-database-leser-phone")

    page = page_at(DESKTOP)
    sign_in(page, url, "sekretariatet")  # it opens the dashboard: on Kom i gang when empty
    page.get_by_role("heading", name="Kom i gang").wait_for()
    screenshot(page, "kom-i-gang-tom-desktop")

    # 1. The plan and its organisation.
    page.get_by_label("Planens navn").fill(PLAN_NAME)
    page.get_by_label("Planens navn").press("Tab")
    wait_until_idle(page)  # the id is suggested from the name; then we choose our own
    plan_id = page.get_by_label("Id (i lenker og filer)")
    assert plan_id.input_value().startswith("regional-kommunikasjonsstrategi-helse")
    plan_id.fill(PLAN)
    plan_id.press("Tab")
    wait_until_idle(page)
    page.get_by_label("Navnet på den nye organisasjonen").fill("Helse Midt-Norge RHF")
    page.get_by_role("button", name="Opprett planen").click()
    page.get_by_text(f"Planen «{PLAN_NAME}» er opprettet").wait_for()
    wait_until_idle(page)
    screenshot(page, "kom-i-gang-plan-opprettet-desktop")

    # 2. Goals, measures (cp1252, semicolons, new channels) and a target.
    open_from_menu(page, "Last opp")  # the plan is the only one: chosen
    page.get_by_role("heading", name="Last opp").wait_for()
    upload(page, tmp_path / "mål.csv", GOALS_FILE, expect_new="3")

    (tmp_path / "tiltak.csv").write_bytes(MEASURES_FILE)
    choose_next_file(page, tmp_path / "tiltak.csv")
    page.get_by_text("Slik ble filen lest").wait_for()
    wait_until_idle(page)
    assert metric(page, "Nye") == "5" and metric(page, "Avvist") == "0"
    portal = page.get_by_role("radiogroup", name="«Virksomhetsportalen»")
    portal.get_by_text("Intern").click()
    wait_until_idle(page)
    screenshot(page, "last-opp-tiltak-cp1252-desktop")
    page.get_by_role("button", name="Lagre opplastingen").click()
    page.get_by_text("Lagret som opplasting nr.").wait_for()
    wait_until_idle(page)

    upload(page, tmp_path / "resultatmål.csv", TARGETS_FILE, expect_new="1")

    # 3. A measure's owner corrected where it is shown.
    open_from_menu(page, "Mål")  # its first goal: hmn-m1
    page.get_by_text(GOALS["hmn-m1"]).first.wait_for()
    page.get_by_text("Rediger tiltak").click()
    settle(page)
    choose_in_editor(  # hmn-t1's owner
        page, "Rediger tiltak", 3, "Kommunikasjonsdirektør", "mal-eier-nedtrekk-desktop"
    )
    page.get_by_role("button", name="Forhåndsvis endringer").first.click()
    page.get_by_text("0 ny(e), 1 endret, 0 fjernet").wait_for()
    settle(page)
    page.get_by_role("button", name="Lagre som én endring").click()
    page.get_by_text("Lagret som endring nr.").wait_for()
    settle(page)
    screenshot(page, "mal-eier-rettet-desktop")
    measures = measure_table(page, "Medieplan for foretaksgruppen")
    assert "Kommunikasjonsdirektør" in measures
    assert "Kommunikasjonsrådgiver" not in measures  # hmn-t1 was its only measure

    # 4. The status updates.
    open_from_menu(page, "Last opp")
    page.get_by_role("heading", name="Last opp").wait_for()
    upload(page, tmp_path / "status-november.csv", STATUS_FILE, expect_new="5")

    # (a load of its own: from the menu Oversikt keeps Mål's goal, and the plan's overdue
    # measures are under the other goals)
    page.goto(f"{url}/?plan={PLAN}")
    page.get_by_text("Status per 23.11.2026").first.wait_for()
    wait_until_idle(page)
    assert metric(page, "Forfalt") == "2"  # hmn-t3 and hmn-t4 are past due and open
    screenshot(page, "oversikt-egen-plan-desktop")

    # 5. The board meeting, and its report in Word.
    open_from_menu(page, "Rapport")
    page.get_by_label("Navn på møtet").fill("Styremøte 6/2026")
    page.get_by_role("button", name="Registrer møtet og lagre øyeblikksbildet").click()
    page.get_by_text("Styremøte 6/2026 (23.11.2026) er registrert").wait_for()
    page.get_by_text("Saksframlegg Styremøte 6/2026").first.wait_for()
    button = page.get_by_role("button", name="Word")
    button.wait_for()
    wait_until_idle(page)
    screenshot(page, "rapport-egen-plan-desktop")
    with page.expect_download(timeout=90_000) as download:
        button.click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == f"statusrapport-{PLAN}-styremote-6-2026.docx"

    document = docx.Document(io.BytesIO(path.read_bytes()))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Saksframlegg Styremøte 6/2026" in paragraphs
    for number, title in enumerate(GOALS.values(), start=1):
        assert f"{number}. {title}" in paragraphs
    overview = next(t for t in document.tables if t.rows[0].cells[0].text == "Mål")
    shown = {row.cells[0].text: row.cells[1].text for row in overview.rows[1:]}
    assert shown == expected_progress()  # 87 %, 35 %, 40 %
    owners = " ".join(cell.text for t in document.tables for row in t.rows for cell in row.cells)
    assert "Kommunikasjonsdirektør" in owners and "Programleder eHelse" in owners
