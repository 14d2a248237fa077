"""Views never show wrong figures, in a real browser: switching plan in the sidebar, and
recording a meeting on Rapport, then downloading its Word report at once."""

from __future__ import annotations

import io
import re

import pytest

from tests.browser.conftest import (
    open_from_menu,
    running_app,
    screenshot,
    sign_in,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

SMALL = {"width": 1280, "height": 720}


@pytest.fixture(scope="module")
def views_server(tmp_path_factory, demo_template):
    """A dashboard of its own: these tests record a meeting."""
    with running_app(tmp_path_factory.mktemp("views-browser"), template=demo_template) as url:
        yield url


def _metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']").filter(has_text=label).first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


def _choose(page, label: str, option: str) -> None:
    """Pick ``option`` in the sidebar selectbox called ``label``."""
    sidebar = page.locator("[data-testid='stSidebar']")
    box = sidebar.locator("[data-testid='stSelectbox']").filter(has_text=label).first
    box.click()
    page.get_by_role("option", name=option, exact=True).click()


def test_switching_plan_in_the_sidebar_shows_the_new_plans_status_date(views_server, page_at):
    page = page_at(SMALL)
    page.goto(f"{views_server}/?plan=his-2025")
    wait_until_idle(page)
    page.get_by_text("Status per 23.11.2026").first.wait_for()
    _choose(page, "Plan", "Handlingsplan HO21-rådet 2020–2021")
    page.wait_for_url(re.compile(r"plan=ho21-2020"), wait_until="commit")
    page.get_by_text("Status per 31.12.2021").first.wait_for()
    wait_until_idle(page)
    switched = {label: _metric(page, label) for label in ("Forfalt", "Ikke oppdatert")}
    assert page.get_by_text("ugyldig verdi").count() == 0
    assert re.search(r"\?plan=ho21-2020$", page.url), page.url  # no leftover period
    screenshot(page, "plan-switch-1280x720-ho21")

    # The presentation walks the plan chosen, from its title screen.
    page.get_by_role("link", name="Presentasjon").click()
    page.get_by_role("heading", name="Handlingsplan HO21-rådet 2020–2021").wait_for()
    page.wait_for_url(re.compile(r"plan=ho21-2020.*slide=0|slide=0.*plan=ho21-2020"))

    fresh = page_at(SMALL)
    fresh.goto(f"{views_server}/?plan=ho21-2020")
    wait_until_idle(fresh)
    fresh.get_by_text("Status per 31.12.2021").first.wait_for()
    assert {label: _metric(fresh, label) for label in switched} == switched
    assert switched["Forfalt"] == "3"


def test_a_recorded_meeting_is_the_report_downloaded_at_once(views_server, page_at, tmp_path):
    import docx

    page = page_at({"width": 1920, "height": 1080})
    sign_in(page, views_server, "sekretariatet")
    open_from_menu(page, "Rapport")  # the plan chosen: his-2025, the first
    page.get_by_text("Saksframlegg Styremøte 4/2026").first.wait_for()
    page.get_by_label("Navn på møtet").fill("Styremøte 5/2026")
    page.get_by_role("button", name="Registrer møtet og lagre øyeblikksbildet").click()
    page.get_by_text("Styremøte 5/2026 (23.11.2026) er registrert").wait_for()
    page.get_by_text("Saksframlegg Styremøte 5/2026").first.wait_for()
    button = page.get_by_role("button", name="Word")
    button.wait_for()  # (not every table: those in closed expanders are never drawn)
    wait_until_idle(page)
    screenshot(page, "rapport-after-recording")
    with page.expect_download(timeout=90_000) as download:
        button.click()
    assert download.value.suggested_filename == "statusrapport-his-2025-styremote-5-2026.docx"
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    document = docx.Document(io.BytesIO(path.read_bytes()))
    assert "Saksframlegg Styremøte 5/2026" in [p.text for p in document.paragraphs]
    fields = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert fields["Møte"] == "Styremøte 5/2026, 23.11.2026"


def test_undoing_the_demo_needs_its_number_typed(views_server, page_at):
    page = page_at(SMALL)
    sign_in(page, views_server, "sekretariatet", at="/importhistorikk")  # a link to it
    page.get_by_text("la til hele planene").first.wait_for()
    undo = page.get_by_role("button", name="Angre opplasting nr. 1")
    assert undo.is_disabled()
    assert page.get_by_role("checkbox").count() == 0
    field = page.get_by_label("Skriv nummeret på opplastingen (1) for å bekrefte")
    field.fill("2")
    field.press("Enter")
    wait_until_idle(page)
    assert undo.is_disabled()
    field.fill("1")
    field.press("Enter")
    page.wait_for_function(
        """() => [...document.querySelectorAll('button')].some(
            b => b.innerText.includes('Angre opplasting nr. 1') && !b.disabled)"""
    )
    page.locator("[data-testid='stMain']").evaluate("main => main.scrollTo(0, main.scrollHeight)")
    screenshot(page, "importhistorikk-demo-typed-1280x720")
