"""The flows that matter, in a real browser: Oversikt, a bookmarked link, English."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, screenshot, wait_until_idle

pytestmark = pytest.mark.browser


def test_overview_shows_the_plan_and_its_goals(server, page_at):
    page = page_at(DESKTOP)
    page.goto(server)
    wait_until_idle(page)
    page.get_by_role("heading", name="Oversikt").wait_for()
    page.get_by_text("Kommunikasjonsstrategi HIS – tiltaksplan 2025–2026").first.wait_for()
    page.get_by_text("Fremdrift per mål").wait_for()
    for goal in ("Tydeligere profil", "Nasjonal oppmerksomhet"):  # the chart's labels
        page.locator("svg text", has_text=goal).first.wait_for()
    assert page.get_by_text("Status per 23.11.2026").count() == 1
    path = screenshot(page, "oversikt-desktop")
    assert path.stat().st_size > 50_000


def test_a_bookmarked_link_opens_the_filtered_view(fresh_server, page_at):
    # The first visitor of a freshly started server arrives by the bookmark: the page
    # must still run inside app.py's navigation (language switch, page titles).
    page = page_at(DESKTOP)
    page.goto(f"{fresh_server}/mal?plan=ho21-2020&goal=ho21-g4&to=2021-11-18")
    wait_until_idle(page)
    page.get_by_role("heading", name=re.compile("Et kunnskapsløft for kommunene")).wait_for()
    page.get_by_text("Status per 18.11.2021").wait_for()
    assert page.get_by_text("Page not found").count() == 0
    page.get_by_role("radio", name="English").wait_for()
    page.get_by_role("link", name="Ansvarlige").wait_for()
    assert page.get_by_role("link", name="ansvarlige", exact=True).count() == 0  # no file names
    # The measures of that goal only, with the sidebar showing the link's choices.
    # (the table is drawn on a canvas; its cells are in the DOM for screen readers)
    cells = page.locator("[data-testid^='glide-cell']")
    cells.filter(has_text="Tverrsektorielt dialogmøte om KSF").first.wait_for(state="attached")
    assert cells.filter(has_text="Dialogmøte 1").count() == 0
    assert "plan=ho21-2020" in page.url and "goal=ho21-g4" in page.url
    screenshot(page, "mal-bookmarked-desktop")


def test_switching_to_english_changes_every_label(server, page_at):
    page = page_at(DESKTOP)
    page.goto(server)
    wait_until_idle(page)
    page.get_by_role("radio", name="English").click()
    page.get_by_role("heading", name="Overview").wait_for()
    wait_until_idle(page)
    page.get_by_text("Progress per goal").wait_for()
    page.get_by_text("Status as of 23 Nov 2026").wait_for()
    assert "lang=en" in page.url
    # The navigation speaks English too, and the choice survives a page switch.
    page.get_by_role("link", name="Channels").click()
    page.get_by_role("heading", name="Channels", exact=True).wait_for()
    wait_until_idle(page)
    assert "lang=en" in page.url
    screenshot(page, "kanaler-english-desktop")


# Every page on a phone and on the meeting room's screen (no sideways scroll, its title,
# no traceback, a screenshot): tests/browser/test_phone_browser.py walks them all at
# three sizes.
