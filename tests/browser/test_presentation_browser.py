"""Presentation mode on a shared screen, goal by goal, at 1920×1080 and 1280×720; the
Rapport page and its downloads. Screenshots go to tests/artifacts/ to be looked at."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from tests.browser.conftest import PHONE, running_app, screenshot, wait_until_idle
from tests.demo_plans import DEMO_PLANS

pytestmark = pytest.mark.browser

SIZES = {"1920x1080": {"width": 1920, "height": 1080}, "1280x720": {"width": 1280, "height": 720}}
HO21_GOALS = [
    "Hjemmemarked, næringsutvikling og innovative anskaffelser",
    "Bærekraft i helsetjenesten",
    "Teknologi og digitalisering",
    "Et kunnskapsløft for kommunene",
    "Kliniske studier som en integrert del av helsetjenesten",
    "HelseOmsorg21-monitor",
    "Synlighet og påvirkning",
]
MEETING = urllib.parse.quote("Møte 6/2021")


@pytest.fixture(scope="module")
def board_server(tmp_path_factory, demo_template):
    """The dashboard for the presentation tests."""
    folder = tmp_path_factory.mktemp("board-browser")
    with running_app(folder, template=demo_template) as url:
        yield url


def _fits_one_screen(page) -> bool:
    """Nothing to scroll: the slide and its navigation are on the screen together."""
    return page.evaluate(
        """() => {
            const main = document.querySelector('[data-testid="stMain"]');
            return main.scrollHeight <= main.clientHeight + 2
                && document.documentElement.scrollWidth <= window.innerWidth + 1;
        }"""
    )


@pytest.mark.parametrize("size", list(SIZES))
def test_presentation_walks_the_meeting_goal_by_goal(board_server, page_at, size):
    page = page_at(SIZES[size])
    page.goto(f"{board_server}/presentasjon?plan=ho21-2020&meeting={MEETING}")
    wait_until_idle(page)
    page.get_by_role("heading", name="Handlingsplan HO21-rådet 2020–2021").wait_for()
    page.get_by_text("Møte 6/2021 · 18.11.2021").wait_for()
    # The frame is hidden: no sidebar, no page navigation, no header.
    assert not page.locator("[data-testid='stSidebar']").is_visible()
    assert not page.locator("[data-testid='stHeader']").is_visible()
    assert page.get_by_role("link", name="Kanaler").count() == 0
    for goal in HO21_GOALS:  # the goal index on the title screen
        page.get_by_text(goal, exact=True).first.wait_for()
    assert _fits_one_screen(page)
    screenshot(page, f"presentasjon-{size}-0-tittel")

    for number, goal in enumerate(HO21_GOALS, start=1):
        page.get_by_role("button", name="Neste").click()
        page.wait_for_url(re.compile(rf"slide={number}\b"), wait_until="commit")
        page.get_by_role("heading", name=goal, exact=True).wait_for()
        wait_until_idle(page)
        page.get_by_text(f"Mål {number} av {len(HO21_GOALS)}").wait_for()
        page.get_by_text("Endringer siden Møte 5/2021").wait_for()
        page.get_by_text("Trenger oppmerksomhet").wait_for()
        assert page.get_by_text("Traceback").count() == 0
        assert _fits_one_screen(page), f"goal {number} does not fit {size}"
        screenshot(page, f"presentasjon-{size}-{number}")
    assert page.get_by_role("button", name="Neste").is_disabled()

    # The goal index jumps straight to a goal, and back to the title screen.
    page.get_by_role("button", name="4", exact=True).click()
    page.get_by_role("heading", name="Et kunnskapsløft for kommunene").wait_for()
    wait_until_idle(page)  # a click while the slide's run still draws can be lost under load
    page.get_by_role("button", name="Forrige").click()
    page.get_by_role("heading", name="Teknologi og digitalisering").wait_for()
    wait_until_idle(page)
    page.get_by_role("button", name="Oversikt", exact=True).click()
    page.get_by_role("heading", name="Handlingsplan HO21-rådet 2020–2021").wait_for()
    wait_until_idle(page)
    # A presenter's remote sends Page Down and Page Up.
    page.keyboard.press("PageDown")
    page.get_by_role("heading", name=HO21_GOALS[0]).wait_for()
    wait_until_idle(page)  # (a key pressed mid-run would meet the old, disabled button)
    page.keyboard.press("PageUp")
    page.get_by_role("heading", name="Handlingsplan HO21-rådet 2020–2021").wait_for()


def test_every_demo_plans_title_slide_fits_one_screen_with_activity_beside_outcome(
    board_server, page_at
):
    """Each goal one compact row (activity bar and percent, outcome percent or '–'): the
    whole title slide on one screen at 1280×720 and 1920×1080 for every demo plan, long
    goal titles (hmn-2026, hdir-2026) included; on a phone it stacks, nothing sideways."""
    page = page_at(SIZES["1280x720"])
    for plan in DEMO_PLANS:
        page.set_viewport_size(SIZES["1280x720"])
        page.goto(f"{board_server}/presentasjon?plan={plan}&slide=0")
        wait_until_idle(page)
        page.get_by_role("columnheader", name="Resultat").wait_for()
        for size in ("1280x720", "1920x1080"):
            page.set_viewport_size(SIZES[size])
            page.wait_for_function(f"() => window.innerWidth === {SIZES[size]['width']}")
            assert _fits_one_screen(page), f"{plan} at {size}"
            if plan in ("hdir-2026", "hmn-2026"):
                screenshot(page, f"presentasjon-{size}-{plan}-tittel")
        if plan in ("hdir-2026", "hmn-2026", "his-2025"):
            page.set_viewport_size(PHONE)
            page.wait_for_function(f"() => window.innerWidth === {PHONE['width']}")
            assert page.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth + 1"
            )
            screenshot(page, f"presentasjon-phone-{plan}-tittel")


def test_presentation_opens_on_the_screen_of_a_shared_link(board_server, page_at):
    page = page_at(SIZES["1280x720"])
    page.goto(f"{board_server}/presentasjon?plan=his-2025&slide=7")
    wait_until_idle(page)
    page.get_by_role("heading", name="Implementering av strategien").wait_for()
    page.get_by_text("Endringer siden Styremøte 4/2026").wait_for()
    page.get_by_text("Ikke oppdatert").first.wait_for()  # the not-updated measures
    screenshot(page, "presentasjon-1280x720-his-live")


def test_rapport_page_shows_the_report_and_downloads_it(board_server, page_at, tmp_path):
    page = page_at(SIZES["1920x1080"])
    page.goto(f"{board_server}/rapport?plan=ho21-2020&meeting={MEETING}")
    wait_until_idle(page)
    page.get_by_role("heading", name="Rapport", exact=True).wait_for()
    page.get_by_text("Orientering og status: Handlingsplan HO21-rådet 2020–2021").wait_for()
    screenshot(page, "rapport-desktop")
    for label, magic in (("PDF", b"%PDF"), ("Word", b"PK"), ("PowerPoint", b"PK")):
        button = page.get_by_role("button", name=label)
        button.wait_for()
        # The file is built when its button is pressed: allow for a busy machine.
        with page.expect_download(timeout=90_000) as download:
            button.click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        assert path.name.startswith("statusrapport-ho21-2020-mote-6-2021")
        assert path.read_bytes().startswith(magic)
