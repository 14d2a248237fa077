"""Text stays text in Chromium: a goal whose title and description hold Markdown and HTML
shows those characters, and no reader's browser loads an image or offers a link from them."""

from __future__ import annotations

import pytest

from dashboard import edits
from dashboard.db import Database
from tests.browser.conftest import DESKTOP, running_app, screenshot
from tests.conftest import copy_of_demo

pytestmark = pytest.mark.browser

PLAN, GOAL_ID = "his-2025", "his-g1"
IMG = "![p](http://evil.example/track.png)"
# the tag first: a chart's axis shows a long title's first two lines (charts.axis_label)
TITLE = f"<b>fet</b> profil {IMG}"
DESCRIPTION = f"{IMG} [klikk](http://evil.example) <img src=x onerror=alert(1)> :smile:"


@pytest.fixture
def hostile_server(tmp_path, demo_template):
    """The demo, with a goal retitled and described through the edit table, then served."""
    db = Database.open(copy_of_demo(demo_template, tmp_path / "planpuls.duckdb"))
    before = edits.shown(db, "goals", PLAN)
    after = before.copy()
    row = before.index[before["id"] == GOAL_ID][0]
    after.loc[row, "title"] = TITLE
    after.loc[row, "description"] = DESCRIPTION
    preview = edits.preview(db, "goals", before, after, plan_id=PLAN)
    assert preview.ok
    edits.commit_edit(db, preview, by="test")
    db.close()
    with running_app(tmp_path) as url:
        yield url


def _wait_until_drawn(page) -> None:
    """The script finished and the charts drawn (a closed expander's table never draws)."""
    page.wait_for_selector("[data-testid='stApp']")
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000
    )
    page.wait_for_function(
        """() => {
          const charts = [...document.querySelectorAll(
            '[data-testid="stPlotlyChart"], [data-testid="stVegaLiteChart"]')];
          return charts.length > 0
            && charts.every(chart => chart.querySelector('.main-svg, .marks'));
        }""",
        timeout=120_000,
    )


_SHOWN = "() => document.body.innerText.replaceAll('\\u2060', '')"


def test_markdown_in_a_goal_shows_as_text_and_calls_no_address(hostile_server, page_at):
    page = page_at(DESKTOP)
    page.set_default_timeout(120_000)  # a loaded machine draws Mål slowly
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    for path, name in (
        (f"/mal?plan={PLAN}&goal={GOAL_ID}", "mal"),
        (f"/?plan={PLAN}", "oversikt"),
    ):
        page.goto(hostile_server + path)
        _wait_until_drawn(page)
        assert page.locator("img[src*='evil.example'], img[src='x']").count() == 0, name
        assert page.locator("a[href*='evil.example']").count() == 0, name
        assert page.locator("[data-testid='stMarkdown'] strong", has_text="fet").count() == 0
        shown = page.evaluate(_SHOWN)
        if name == "oversikt":  # the goal's title on the bars, its tag shown, not read
            page.locator("svg text", has_text="<b>fet</b>").first.wait_for()
            # the hover names the goal as text too: Vega's tooltip is HTML, the title escaped
            bars = page.locator("[data-testid='stVegaLiteChart'] .mark-rect path")
            tip = page.locator("#vg-tooltip-element")
            for i in range(bars.count()):
                bars.nth(i).hover(force=True)  # a track lies under its bar
                if "fet" in (tip.text_content() or ""):
                    break
            assert "<b>fet</b> profil" in (tip.text_content() or "")
            assert tip.locator("b, img, a").count() == 0
        if name == "mal":
            assert f"Mål: {TITLE}" in shown
            assert DESCRIPTION in shown
        screenshot(page, f"text-inert-{name}")
    assert not [url for url in asked if "evil.example" in url]
