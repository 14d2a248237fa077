"""Kanaler's first view in a real browser: every channel with figures, phone and projector.

One load of the page for both sizes: a link to Kanaler opened on a phone, then the window
turned to the projector's size (the layout follows the width in CSS alone; see
conftest.resize), as the phone test walks its pages.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import PHONE, failed_shot, one_page, resize, screenshot, wait_until_idle

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1280, "height": 720}
#: The HIS demo's channels that have figures, with the headline each opens on.
HIS_CARDS = {
    "Nettside": "Besøkende",
    "Nyhetsbrev": "Abonnenter",
    "Sosiale kanaler": "Rekkevidde",
    "Arrangement og konferanser": "Deltakere",
    "Foredrag": "Deltakere",
    "Media": "Omtaler",
    "Faglige tidsskrift": "Innlegg",
    "Internmøter": "Deltakere",
    "Teams (intern)": "Deltakere",
}


@pytest.fixture(scope="module")
def kanaler(server, browser):
    """Kanaler, opened once from a link on a phone, for both sizes' tests."""
    with one_page(browser, PHONE) as page:
        page.goto(f"{server}/kanaler")
        wait_until_idle(page)
        yield page


@pytest.mark.parametrize(("size", "viewport"), [("phone", PHONE), ("projector", PROJECTOR)])
def test_kanaler_opens_on_every_channel_with_its_own_figure(kanaler, size, viewport):
    with failed_shot(kanaler, f"kanaler-{size}") as page:
        _every_channel_with_its_figure(page, size, viewport)


def _every_channel_with_its_figure(page, size: str, viewport: dict[str, int]) -> None:
    resize(page, viewport)  # (the phone's: the size it opened at)
    page.get_by_role("heading", name="Eksterne kanaler").wait_for()
    page.get_by_role("heading", name="Interne kanaler").wait_for()
    cards = page.locator("[data-testid='stColumn']")  # a card: a column of the grid
    for channel, metric in HIS_CARDS.items():
        card = cards.filter(has=page.get_by_text(channel, exact=True)).first
        card.get_by_text(f"{metric},").first.wait_for(state="attached")
        card.locator("[data-testid='stMetricValue']").wait_for(state="attached")
        card.get_by_text("fra i fjor").or_(card.get_by_text("som i fjor")).first.wait_for(
            state="attached"
        )
    page.get_by_text("Ingen tall i perioden for: E-post, Personlige møter, Teams.").wait_for(
        state="attached"
    )
    # Nothing wider than the screen; the first card is in the first view.
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"] + 1
    first = cards.filter(has=page.get_by_text("Nettside", exact=True)).first.bounding_box()
    assert first is not None and first["y"] < viewport["height"]
    if size == "phone":  # one card per row
        assert first["width"] > viewport["width"] * 0.8
    else:  # cards side by side
        other = cards.filter(has=page.get_by_text("Nyhetsbrev", exact=True)).first.bounding_box()
        assert other is not None and abs(other["y"] - first["y"]) < 2 < other["x"] - first["x"]
    screenshot(page, f"kanaler-channels-{size}")
