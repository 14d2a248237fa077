"""The secretariat's flow in Chromium: a cp1252 semicolon file from Norwegian Excel.

One journey on one dashboard (a server and two sign-ins less than a test per step):
signed in, the sign-in survives a refresh; a status file previewed, saved, seen on
Oversikt and undone; a targets file whose new channel asks its scope, saved and seen
on Mål; signed out, a viewer cannot reach the upload page. A rejected file on a phone
is its own test, on the shared dashboard (it writes nothing).
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import (
    DESKTOP,
    PHONE,
    open_from_menu,
    screenshot,
    sign_in,
    wait_for_cookie,
    wait_until_idle,
)
from tests.browser.helpers import choose_file, choose_next_file, metric

pytestmark = pytest.mark.browser

STATUS_FROM_EXCEL = (
    "sep=;\r\n"
    "Tiltak-ID;Dato;Status;Fremdrift;Kommentar\r\n"
    "his-t05;20.11.2026;Fullført;100 %;Møtene er holdt – også i Kristiansund\r\n"
    "his-t13;21.11.2026;Ferdig;100;Artikkelen er publisert i Dagens Medisin\r\n"
    "his-t18;22.11.2026;Gul;75 %;Planene godkjennes på ledermøtet i desember\r\n"
).encode("cp1252")


TARGETS_FROM_EXCEL = (
    "Mål-ID;Kanal;Måltall;Fra;Til;Målverdi;Retning\r\n"
    "his-g1;Nettside;Besøkende;01.01.2026;31.12.2026;65 000;opp\r\n"
    "his-g2;Nyhetsbrev | Podkast;Følgere;01.01.2026;31.12.2026;1 234,5;høyere er bedre\r\n"
    "his-g5;Media;Omtaler;01.01.2026;31.12.2026;12;lavere er bedre\r\n"
).encode("cp1252")


def test_upload_preview_save_see_it_on_oversikt_undo_then_sign_out(fresh_server, page_at, tmp_path):
    url = fresh_server
    status = tmp_path / "status-november.csv"
    status.write_bytes(STATUS_FROM_EXCEL)
    targets = tmp_path / "resultatmål 2026.csv"
    targets.write_bytes(TARGETS_FROM_EXCEL)
    page = page_at(DESKTOP)

    page.goto(url)
    wait_until_idle(page)
    assert metric(page, "Forfalt") == "3"
    open_from_menu(page, "Logg inn")
    sign_in(page, url, "sekretariatet")
    page.reload()  # the sign-in survives a refresh (a signed cookie)
    wait_until_idle(page)
    page.get_by_text("Innlogget som sekretariatet").first.wait_for()

    # 1. A status file: how it was read, what it adds; saved, seen on Oversikt, undone.
    open_from_menu(page, "Last opp")
    page.get_by_role("heading", name="Last opp").wait_for()
    choose_file(page, status)
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

    # 2. A targets file: the new channel's scope asked, saved, the target seen on Mål.
    open_from_menu(page, "Last opp")
    choose_next_file(page, targets)
    page.get_by_text("Slik ble filen lest").wait_for()
    page.get_by_text("Nye kanaler: interne eller eksterne?").wait_for()
    wait_until_idle(page)
    assert metric(page, "Nye") == "3" and metric(page, "Endret") == "1"
    page.get_by_role("radiogroup", name="«Podkast»").get_by_text("Intern").click()
    wait_until_idle(page)
    screenshot(page, "last-opp-resultatmal-desktop")

    page.get_by_role("button", name="Lagre opplastingen").click()
    page.get_by_text("Lagret som opplasting nr. 3").wait_for()
    wait_until_idle(page)

    page.goto(f"{url}/mal?goal=his-g5")  # the goal's own address, as a link has it
    heading = page.get_by_role("heading", name="Resultatmål")
    heading.wait_for()
    wait_until_idle(page)
    heading.scroll_into_view_if_needed()
    cells = page.locator("[data-testid^='glide-cell']")
    cells.filter(has_text="lavere er bedre").first.wait_for(state="attached")
    screenshot(page, "mal-resultatmal-ned-desktop")

    # 3. Signing out ends the session; a viewer cannot reach the upload page.
    page.get_by_role("button", name="Logg ut").click()
    wait_for_cookie(page, present=False)  # the server ended the session and deleted it
    page.wait_for_url(lambda address: "/mal" not in address, wait_until="commit")
    page.get_by_role("link", name="Logg inn").wait_for()  # then sent us home
    assert page.get_by_role("link", name="Last opp").count() == 0
    page.reload()  # signed out stays signed out
    wait_until_idle(page)
    assert page.get_by_role("link", name="Last opp").count() == 0

    open_from_menu(page, "Logg inn")
    sign_in(page, url, "leser")
    assert page.get_by_role("link", name="Last opp").count() == 0
    page.goto(f"{url}/last_opp")  # typing the address
    wait_until_idle(page)
    assert page.get_by_test_id("stFileUploaderDropzone").count() == 0
    assert page.get_by_role("heading", name="Last opp").count() == 0
    screenshot(page, "leser-last-opp-desktop")


def test_a_rejected_file_shows_lines_and_columns_on_a_phone(server, page_at, tmp_path):
    path = tmp_path / "feil.csv"
    path.write_bytes("Tiltak-ID;Dato;Status\nhis-t99;20.11.2026;lilla\n".encode("cp1252"))
    page = page_at(PHONE)
    sign_in(page, server, "sekretariatet", at="/last_opp")  # a link to the upload page
    choose_file(page, path)
    page.get_by_text("2 feil må rettes før filen kan lagres").wait_for()
    wait_until_idle(page)
    assert page.get_by_role("button", name="Lagre opplastingen").is_disabled()
    screenshot(page, "last-opp-feil-phone")
