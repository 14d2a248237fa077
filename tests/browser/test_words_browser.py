"""Bokmål in Chromium: the file uploader speaks Norwegian, its button keeps a name."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, screenshot, sign_in, wait_until_idle

pytestmark = pytest.mark.browser

ENGLISH = re.compile(r"Drag and drop|Browse files|\bUpload\b|per file|\d(\.\d)?\s?[KM]?B\b")


def test_the_uploader_says_everything_in_bokmal_and_its_button_has_a_norwegian_name(
    server, page_at, tmp_path
):
    page = page_at(DESKTOP)
    sign_in(page, server, "sekretariatet", at="/last_opp")  # the page's address typed
    zone = page.get_by_test_id("stFileUploaderDropzone")
    zone.wait_for()
    uploader = page.get_by_test_id("stFileUploader")
    shown = uploader.inner_text()
    assert not ENGLISH.search(shown), shown
    assert page.get_by_text(re.compile(r"høyst 50\sMB per fil")).is_visible()
    # The button is found by its Norwegian name, as a screen reader names it
    button = page.get_by_role("button", name="Velg fil")
    assert button.count() == 1
    button.focus()
    assert button.evaluate("e => e === document.activeElement")
    screenshot(page, "words-uploader")
    path = tmp_path / "liten.csv"
    path.write_text("Tiltak-ID;Dato;Status\nhis-t05;20.11.2026;Fullført\n", encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        button.press("Enter")
    chooser.value.set_files(str(path))
    page.get_by_text("Filen er").first.wait_for()
    wait_until_idle(page)
    assert not ENGLISH.search(uploader.inner_text()), uploader.inner_text()
    assert not page.get_by_role("button", name="Add files").is_visible()
    screenshot(page, "words-uploader-file")


def test_an_unknown_address_opens_the_start_page_without_streamlits_english_dialog(server, page_at):
    page = page_at(DESKTOP)
    page.goto(f"{server}/finnes-ikke?lang=nb")
    wait_until_idle(page)
    page.get_by_role("heading", name="Oversikt").first.wait_for()
    assert page.url.rstrip("/").endswith(server.split("//")[1]) or "/?" in page.url
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_role("dialog").count() == 0
    # The start page's own file name, as a reader bookmarks or types it: the same page,
    # with the plan and language the address asked for.
    page.goto(f"{server}/oversikt?lang=nn&plan=tynset-2025")
    wait_until_idle(page)
    page.get_by_role("heading", name="Oversikt").first.wait_for()
    assert "lang=nn" in page.url and "plan=tynset-2025" in page.url
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_text("Samla framdrift").count() >= 1  # nynorsk, as asked
    assert page.get_by_text("Tynset kommune").count() >= 1  # the plan asked for
