"""The secretariat's flow in Chromium: a cp1252 semicolon file from Norwegian Excel."""

from __future__ import annotations

import pytest

from tests.browser.conftest import (
    DESKTOP,
    PHONE,
    screenshot,
    sign_in,
    wait_for_cookie,
    wait_until_idle,
)
from tests.browser.helpers import choose_file, metric

pytestmark = pytest.mark.browser

STATUS_FROM_EXCEL = (
    "sep=;\r\n"
    "Tiltak-ID;Dato;Status;Fremdrift;Kommentar\r\n"
    "his-t05;20.11.2026;Fullført;100 %;Møtene er holdt – også i Kristiansund\r\n"
    "his-t13;21.11.2026;Ferdig;100;Artikkelen er publisert i Dagens Medisin\r\n"
    "his-t18;22.11.2026;Gul;75 %;Planene godkjennes på ledermøtet i desember\r\n"
).encode("cp1252")


def test_upload_preview_save_see_it_on_oversikt_then_undo(fresh_server, page_at, tmp_path):
    path = tmp_path / "status-november.csv"
    path.write_bytes(STATUS_FROM_EXCEL)
    page = page_at(DESKTOP)

    page.goto(fresh_server)
    wait_until_idle(page)
    assert metric(page, "Forfalt") == "3"

    sign_in(page, fresh_server, "sekretariatet")
    page.goto(f"{fresh_server}/last_opp")
    wait_until_idle(page)
    page.get_by_role("heading", name="Last opp").wait_for()
    choose_file(page, path)
    page.get_by_text("Slik ble filen lest").wait_for()
    wait_until_idle(page)
    cells = page.locator("[data-testid^='glide-cell']")
    cells.filter(has_text="CP1252").first.wait_for(state="attached")
    cells.filter(has_text="semikolon (;)").first.wait_for(state="attached")
    assert metric(page, "Nye") == "3" and metric(page, "Avvist") == "0"
    screenshot(page, "last-opp-forhandsvisning-desktop")

    page.get_by_role("button", name="Lagre opplastingen").click()
    page.get_by_text("Lagret som opplasting nr. 2").wait_for()
    wait_until_idle(page)
    screenshot(page, "last-opp-lagret-desktop")

    page.get_by_role("link", name="Oversikt").click()
    page.get_by_role("heading", name="Oversikt").wait_for()
    wait_until_idle(page)
    assert metric(page, "Forfalt") == "1"  # his-t18 is still open and late

    page.get_by_role("link", name="Importhistorikk").click()
    page.get_by_role("heading", name="Importhistorikk").wait_for()
    wait_until_idle(page)
    page.get_by_text("Ja, angre hele opplasting nr. 2").click()
    page.get_by_role("button", name="Angre opplasting nr. 2").click()
    page.get_by_text("Opplasting nr. 2 er angret").wait_for()
    screenshot(page, "importhistorikk-desktop")

    page.get_by_role("link", name="Oversikt").click()
    wait_until_idle(page)
    page.get_by_role("heading", name="Oversikt").wait_for()
    assert metric(page, "Forfalt") == "3"


def test_a_rejected_file_shows_lines_and_columns_on_a_phone(server, page_at, tmp_path):
    path = tmp_path / "feil.csv"
    path.write_bytes("Tiltak-ID;Dato;Status\nhis-t99;20.11.2026;lilla\n".encode("cp1252"))
    page = page_at(PHONE)
    sign_in(page, server, "sekretariatet")
    page.goto(f"{server}/last_opp")
    wait_until_idle(page)
    choose_file(page, path)
    page.get_by_text("2 feil må rettes før filen kan lagres").wait_for()
    wait_until_idle(page)
    assert page.get_by_role("button", name="Lagre opplastingen").is_disabled()
    screenshot(page, "last-opp-feil-phone")


def test_sign_in_upload_sign_out_and_a_viewer_cannot_reach_the_upload_page(
    fresh_server, page_at, tmp_path
):
    path = tmp_path / "status.csv"
    path.write_bytes(STATUS_FROM_EXCEL)
    page = page_at(DESKTOP)
    sign_in(page, fresh_server, "sekretariatet")
    page.reload()  # the sign-in survives a refresh (a signed cookie)
    wait_until_idle(page)
    page.get_by_text("Innlogget som sekretariatet").first.wait_for()
    page.get_by_role("link", name="Last opp").click()
    page.get_by_role("heading", name="Last opp").wait_for()
    choose_file(page, path)
    page.get_by_role("button", name="Lagre opplastingen").click()
    page.get_by_text("Lagret som opplasting nr. 2").wait_for()
    page.get_by_role("button", name="Logg ut").click()
    wait_for_cookie(page, present=False)  # the server ended the session and deleted it
    page.wait_for_url(
        lambda address: "/last_opp" not in address, wait_until="commit"
    )  # then sent us home
    page.get_by_role("link", name="Logg inn").wait_for()
    assert page.get_by_role("link", name="Last opp").count() == 0
    page.reload()  # signed out stays signed out
    wait_until_idle(page)
    assert page.get_by_role("link", name="Last opp").count() == 0

    sign_in(page, fresh_server, "leser")
    assert page.get_by_role("link", name="Last opp").count() == 0
    page.goto(f"{fresh_server}/last_opp")  # typing the address
    wait_until_idle(page)
    assert page.get_by_test_id("stFileUploaderDropzone").count() == 0
    assert page.get_by_role("heading", name="Last opp").count() == 0
    screenshot(page, "leser-last-opp-desktop")


TARGETS_FROM_EXCEL = (
    "Mål-ID;Kanal;Måltall;Fra;Til;Målverdi;Retning\r\n"
    "his-g1;Nettside;Besøkende;01.01.2026;31.12.2026;65 000;opp\r\n"
    "his-g2;Nyhetsbrev | Podkast;Følgere;01.01.2026;31.12.2026;1 234,5;høyere er bedre\r\n"
    "his-g5;Media;Omtaler;01.01.2026;31.12.2026;12;lavere er bedre\r\n"
).encode("cp1252")


def test_targets_file_asks_the_new_channels_scope_and_saves(fresh_server, page_at, tmp_path):
    path = tmp_path / "resultatmål 2026.csv"
    path.write_bytes(TARGETS_FROM_EXCEL)
    page = page_at(DESKTOP)
    sign_in(page, fresh_server, "sekretariatet")
    page.goto(f"{fresh_server}/last_opp")
    wait_until_idle(page)
    choose_file(page, path)
    page.get_by_text("Slik ble filen lest").wait_for()
    page.get_by_text("Nye kanaler: interne eller eksterne?").wait_for()
    settled(page)  # (a table in a hidden tab draws no canvas: wait_until_idle would hang)
    assert metric(page, "Nye") == "3" and metric(page, "Endret") == "1"
    page.get_by_role("radiogroup", name="«Podkast»").get_by_text("Intern").click()
    settled(page)
    screenshot(page, "last-opp-resultatmal-desktop")

    page.get_by_role("button", name="Lagre opplastingen").click()
    page.get_by_text("Lagret som opplasting nr. 2").wait_for()
    wait_until_idle(page)

    page.goto(f"{fresh_server}/mal?goal=his-g5")
    heading = page.get_by_role("heading", name="Resultatmål")
    heading.wait_for()
    settled(page)
    heading.scroll_into_view_if_needed()
    cells = page.locator("[data-testid^='glide-cell']")
    cells.filter(has_text="lavere er bedre").first.wait_for(state="attached")
    screenshot(page, "mal-resultatmal-ned-desktop")


def settled(page) -> None:
    """Streamlit has finished its run (no running indicator), and the page has drawn."""
    wait_until_idle(page)
