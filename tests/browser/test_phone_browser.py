"""The phone (390×844), the projector (1280×720) and the desk (1920×1080) in a real browser:
no sideways scroll, no cut KPI label, every page's title and no traceback at each size,
the tap from a goal on Oversikt to its own page, and the measures as cards with status
and comment on the phone.

The pages are walked as a person does: each opened from the menu, then the window
turned to each size in turn (the layout follows the width in CSS alone; see
conftest.resize), the next page opened at the size the last one ended on.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pandas as pd
import pytest

from tests.browser.conftest import (
    DESKTOP,
    PHONE,
    open_from_menu,
    resize,
    screenshot,
    tap,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1280, "height": 720}
DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"
SIZES = {"phone": PHONE, "projector": PROJECTOR, "desktop": DESKTOP}
#: The pages a reader opens, by their names in the menu: Oversikt, the default page, first
#: (its address is the root); the presentation hides the menu, so it comes last.
PAGES = ("Oversikt", "Mål", "Ansvarlige", "Kanaler", "Rapport", "Presentasjon")

#: Widths that overflow their box: the page itself, the main column, and each KPI label.
_OVERFLOW = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const page = document.documentElement;
    const cut = [...document.querySelectorAll('[data-testid="stMetricLabel"]')]
        .filter(label => label.checkVisibility())
        .flatMap(label => [label, ...label.querySelectorAll('*')])
        .filter(e => e.scrollWidth > e.clientWidth + 1)
        .map(e => e.closest('[data-testid="stMetricLabel"]').innerText);
    return {
        page: page.scrollWidth - page.clientWidth,
        main: main ? main.scrollWidth - main.clientWidth : 0,
        cut: [...new Set(cut)],
        labels: document.querySelectorAll('[data-testid="stMetricLabel"]').length,
    };
}"""


def _latest_comment(measure_id: str) -> str:
    """The demo's latest comment of a measure, read from the demo files themselves."""
    updates = pd.concat(
        [
            pd.read_csv(DEMO / "status_updates.csv", sep=";"),
            pd.read_csv(DEMO / "status_updates_recorded.csv", sep=";"),
        ]
    )
    rows = updates[(updates["measure_id"] == measure_id) & updates["comment"].notna()]
    return rows.sort_values("date")["comment"].iloc[-1]


def test_no_page_scrolls_sideways_and_no_kpi_label_is_cut(server, page_at):
    page = page_at(PHONE)
    page.goto(f"{server}/?plan=his-2025")
    wait_until_idle(page)
    problems = []
    kpi_labels = dict.fromkeys(SIZES, 0)
    order = list(SIZES)
    for name in PAGES:
        if name != "Oversikt":
            open_from_menu(page, name)
        assert "plan=his-2025" in page.url, (name, page.url)
        for size in order:
            resize(page, SIZES[size])
            page.get_by_role("heading", level=1).first.wait_for()
            assert page.get_by_text("Page not found").count() == 0, name
            assert page.get_by_text("Traceback").count() == 0, name
            found = page.evaluate(_OVERFLOW)
            if found["page"] > 0 or found["main"] > 0 or found["cut"]:
                problems.append((name, size, found))
            kpi_labels[size] += found["labels"]
            if size != "projector":
                screenshot(page, f"{size}-{_FILE[name]}")
        order.reverse()  # the next page opens at the size this one ended on
    assert problems == []
    # Oversikt, Mål and Ansvarlige show their KPI cards
    assert all(count >= 6 + 6 + 3 for count in kpi_labels.values()), kpi_labels


#: The screenshot's name of each page: its file name (Oversikt's: oversikt).
_FILE = {
    "Oversikt": "oversikt",
    "Mål": "mal",
    "Ansvarlige": "ansvarlige",
    "Kanaler": "kanaler",
    "Rapport": "rapport",
    "Presentasjon": "presentasjon",
}


def test_a_tap_on_a_goal_opens_its_page_with_cards_on_the_phone(server, page_at):
    goals = pd.read_csv(DEMO / "goals.csv", sep=";")
    goal = goals[goals["plan_id"] == "his-2025"].sort_values("sort_order").iloc[0]
    measures = pd.read_csv(DEMO / "measures.csv", sep=";")
    first = measures[measures["goal_id"] == goal["goal_id"]].iloc[0]

    page = page_at(PHONE)
    page.goto(f"{server}/?plan=his-2025")
    wait_until_idle(page)
    link = page.locator("[class*='st-key-links_goals'] a").filter(has_text=goal["title"])
    tap(page, link, page.get_by_role("heading", name=f"Mål: {goal['title']}"))
    wait_until_idle(page)
    # The goal's own page, in the plan: the address keeps the plan (the first goal is the
    # page's default, so ``goal=`` may be left out of it).
    address = urllib.parse.urlsplit(page.url)
    assert address.path == "/mal", page.url
    assert urllib.parse.parse_qs(address.query)["plan"] == ["his-2025"], page.url
    assert urllib.parse.parse_qs(address.query).get("goal", [goal["goal_id"]]) == [
        goal["goal_id"]
    ], page.url

    card = page.locator(".pp-card").filter(has_text=first["title"])
    card.wait_for()
    assert card.is_visible()
    assert _latest_comment(first["measure_id"]) in card.inner_text()
    status_words = ("Ikke startet", "På sporet", "Risiko", "Forsinket", "Fullført", "Avbrutt")
    assert any(word in card.inner_text() for word in status_words)
    # The same measures as a table are not shown on the phone (cards instead).
    assert not page.locator("[class*='st-key-wide_measures']").is_visible()
    screenshot(page, "phone-goal-cards")
