"""Editing where it is shown, in Chromium: a measure's owner on Mål, saved, then undone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, sign_in, wait_until_idle

pytestmark = pytest.mark.browser

#: The title of his-t01, the first measure of Helseinnovasjonssenteret's first goal.
HIS_T01 = "Beskrive og dele på en enklere måte"


def settle(page) -> None:
    """Wait for the script run to end and the page to be drawn (tables in a collapsed
    expander, which are never drawn, are not waited for)."""
    wait_until_idle(page)


#: True once the cell's open list has been typed down to ``want`` alone, and it is active.
_TYPED = """want => {
    const box = document.activeElement;
    const active = box && document.getElementById(box.getAttribute('aria-activedescendant'));
    return box.value === want && document.querySelectorAll('[role=option]').length === 1
        && active !== null && active.textContent === want;
}"""


def choose_in_editor(page, section: str, right: int, option: str, shot: str | None = None):
    """In the open editor ``section``: the first row's cell ``right`` columns right of its
    id, opened and set to ``option`` as a person does with the keyboard: click the row,
    arrow to the cell, Enter opens its list, type the name, Enter takes it.

    (A mouse click on the list's option is lost now and then on a busy machine; typed keys
    arrive in order.) Like a person, it then looks at the cell: the grid's accessible copy
    names each cell ``glide-cell-<column>-<row>``.
    """
    editor = page.locator("[data-testid='stExpander']").filter(has_text=section)
    grid = editor.locator("[data-testid='stDataFrame']")
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 60, box["y"] + 35 + 17)  # the first row's id cell
    # the grid has the keyboard before the keys are pressed
    page.wait_for_function("g => g.contains(document.activeElement)", arg=grid.element_handle())
    for _ in range(right):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    page.get_by_role("option", name=option).wait_for()  # the cell's list is open
    if shot:
        screenshot(page, shot)
    page.keyboard.type(option)
    # the list is down to the one name, and it is the one Enter takes
    page.wait_for_function(_TYPED, arg=option)
    page.keyboard.press("Enter")
    expect(grid.locator(f"[data-testid='glide-cell-{right + 1}-0']")).to_have_text(option)
    editor.get_by_text("Endre cellene").click()  # leave the cell
    settle(page)
    return editor


def measure_table(page, shows: str) -> str:
    """The text of the page's first table (the goal's measures), from its accessible copy,
    once it is drawn: ``shows`` is text every version of the table has (a measure's title)."""
    table = page.locator("[data-testid='stDataFrame']").first
    table.filter(has_text=shows).wait_for(state="attached")
    return table.text_content()


def test_secretariat_changes_an_owner_on_the_goal_page_then_undoes_it(fresh_server, page_at):
    page = page_at()
    sign_in(page, fresh_server, "sekretariatet")
    page.goto(f"{fresh_server}/mal?plan=his-2025&goal=his-g1")
    wait_until_idle(page)
    page.get_by_text("Rediger tiltak").click()
    settle(page)
    # Three columns right of the id: title, goal, owner.
    editor = choose_in_editor(page, "Rediger tiltak", 3, "FoUI-leder", "rediger-tiltak-nedtrekk")

    page.get_by_role("button", name="Forhåndsvis endringer").first.click()
    page.get_by_text("0 ny(e), 1 endret, 0 fjernet").wait_for()
    settle(page)
    changes = editor.locator("[data-testid='stDataFrame']").nth(1)
    assert "Kommunikasjonsansvarlig" in changes.text_content()
    assert "FoUI-leder" in changes.text_content()
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
    history = page.locator("[data-testid='stDataFrame']").first.text_content()
    assert "Redigering: tiltak (Mål: Tydeligere profil)" in history
    assert "sekretariatet" in history
    page.get_by_text("Ja, angre hele opplasting nr. 2").click()
    page.get_by_role("button", name="Angre opplasting nr. 2").click()
    page.get_by_text("Opplasting nr. 2 er angret").wait_for()

    page.goto(f"{fresh_server}/mal?plan=his-2025&goal=his-g1")
    settle(page)
    assert "Kommunikasjonsansvarlig" in measure_table(page, HIS_T01)
