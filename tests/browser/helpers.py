"""Helpers the browser tests share (fixtures: tests/browser/conftest.py)."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import (
    screenshot,
    wait_until_idle,
)

#: True once the cell's open list has been typed down to ``want`` alone, and it is active.
_TYPED = """want => {
    const box = document.activeElement;
    const active = box && document.getElementById(box.getAttribute('aria-activedescendant'));
    return box.value === want && document.querySelectorAll('[role=option]').length === 1
        && active !== null && active.textContent === want;
}"""


def choose_file(page, path) -> None:
    """Upload as a person does: press the uploader's button and pick the file."""
    button = page.get_by_test_id("stFileUploaderDropzone").locator("button")
    button.wait_for()
    with page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files(str(path))


def choose_next_file(page, path) -> None:
    """As a person does after an upload: remove the previous file (if the uploader still
    holds it), then pick the next."""
    remove = page.get_by_test_id("stFileUploader").get_by_role("button", name="Remove")
    if remove.count():
        remove.first.click()
        wait_until_idle(page)
    choose_file(page, path)


def metric(page, label: str) -> str:
    card = page.locator("[data-testid='stMetric']", has_text=label).first
    return card.locator("[data-testid='stMetricValue']").inner_text().strip()


def settle(page) -> None:
    """Wait for the script run to end and the page to be drawn (tables in a collapsed
    expander, which are never drawn, are not waited for)."""
    wait_until_idle(page)


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
