"""Editing where it is shown, in Chromium: a measure's owner on Mål, saved, then undone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    open_from_menu,
    screenshot,
    sign_in,
)
from tests.browser.helpers import choose_in_editor, measure_table, settle

pytestmark = pytest.mark.browser

#: The title of his-t01, the first measure of Helseinnovasjonssenteret's first goal.
HIS_T01 = "Beskrive og dele på en enklere måte"


def test_secretariat_changes_an_owner_on_the_goal_page_then_undoes_it(fresh_server, page_at):
    page = page_at()
    sign_in(page, fresh_server, "sekretariatet")
    open_from_menu(page, "Mål")  # the plan's first goal: his-g1
    page.get_by_text("Rediger tiltak").click()
    settle(page)
    # Three columns right of the id: title, goal, owner.
    editor = choose_in_editor(page, "Rediger tiltak", 3, "FoUI-leder", "rediger-tiltak-nedtrekk")

    page.get_by_role("button", name="Forhåndsvis endringer").first.click()
    page.get_by_text("0 ny(e), 1 endret, 0 fjernet").wait_for()
    settle(page)
    # (the table's text comes after its canvas is drawn: an assertion that waits for it)
    changes = editor.locator("[data-testid='stDataFrame']").nth(1)
    expect(changes).to_contain_text("Kommunikasjonsansvarlig")
    expect(changes).to_contain_text("FoUI-leder")
    assert "Kommunikasjonsansvarlig" in measure_table(page, HIS_T01)  # nothing saved yet
    screenshot(page, "rediger-tiltak-forhandsvisning")

    page.get_by_role("button", name="Lagre som én endring").click()
    page.get_by_text("Lagret som endring nr. 2 — kan angres i Importhistorikk.").wait_for()
    settle(page)
    screenshot(page, "rediger-tiltak-lagret")
    # his-t01 was the goal's only measure with that owner
    assert "Kommunikasjonsansvarlig" not in measure_table(page, HIS_T01)

    page.get_by_role("link", name="Importhistorikk").click()
    page.get_by_role("heading", name="Importhistorikk").wait_for()
    settle(page)
    history = page.locator("[data-testid='stDataFrame']").first
    expect(history).to_contain_text("Redigering: tiltak (Mål: Tydeligere profil)")
    expect(history).to_contain_text("sekretariatet")
    page.get_by_text("Ja, angre hele opplasting nr. 2").click()
    page.get_by_role("button", name="Angre opplasting nr. 2").click()
    page.get_by_text("Opplasting nr. 2 er angret").wait_for()

    open_from_menu(page, "Mål")  # the goal chosen before
    assert "Kommunikasjonsansvarlig" in measure_table(page, HIS_T01)
