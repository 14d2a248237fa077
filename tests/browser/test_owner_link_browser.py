"""An owner's personal link on a phone, on the real server (`streamlit run app.py`):
open the link, report two measures, and Oversikt shows their new statuses.

The whole journey in one test (issue 15): the link is made as the secretariat's
"Lag lenke" makes it (dashboard.owner_links.issue, tested on the page in
tests/test_owner_report_page.py), with the server's own signing key beside the
database. Screenshots: tests/artifacts/owner-link-*.png.
"""

from __future__ import annotations

import re
import shutil

import pytest

from dashboard import owner_links, queries
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.labels import STATUS_BY_ID
from tests.browser.conftest import PHONE, running_app, screenshot, wait_until_idle
from tests.browser.helpers import metric
from tests.conftest import TODAY

pytestmark = pytest.mark.browser

PLAN = "his-2025"
OWNER = "Kommunikasjonsansvarlig"
REPORTS = {  # measure (by position among the owner's open ones): status, progress, comment
    0: ("delayed", 25, "Leverandøren er forsinket"),
    1: ("at_risk", 55, "Mangler budsjett for høsten"),
}


def test_an_owner_reports_two_measures_on_a_phone_and_oversikt_shows_them(
    tmp_path, demo_template, page_at
):
    shutil.copyfile(demo_template, tmp_path / "planpuls.duckdb")
    db = Database.open(tmp_path / "planpuls.duckdb")  # (writes the server's key beside it)
    token = owner_links.issue(db, PLAN, OWNER, by="sekretariatet")
    measures = owner_links.measures(db, owner_links.resolve(db, token))
    chosen = {measures.iloc[n]["id"]: (measures.iloc[n]["title"], *r) for n, r in REPORTS.items()}
    states = queries.measure_states(db, queries.Filters(PLAN, TODAY, TODAY))
    attention_before = int(states["attention"].sum())
    assert not states[states["id"].isin(list(chosen))]["attention"].any()
    others = db.sql(
        "SELECT m.title FROM measure m JOIN owner o ON o.id = m.owner_id WHERE o.name <> $o",
        {"o": OWNER},
    )["title"].tolist()
    db.close()

    with running_app(tmp_path) as url:
        page = page_at(PHONE)
        page.goto(owner_links.url(url, token))
        wait_until_idle(page)
        page.get_by_role("heading", name="Rapporter status").wait_for()
        text = page.inner_text("body")
        assert all(title in text for title in measures["title"])
        assert not [title for title in others if title in text]
        assert page.get_by_role("link", name="Oversikt").count() == 0  # no menu
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        screenshot(page, "owner-link-phone")

        for measure_id, (_title, status, progress, comment) in chosen.items():
            block = page.locator(f".st-key-link_measure_{measure_id}")
            block.locator('[data-testid="stSelectbox"]').click()
            page.get_by_role("option", name=STATUS_BY_ID[status].badge("nb")).click()
            block.locator(f".st-key-link_progress_{measure_id} input").fill(str(progress))
            block.locator(f".st-key-link_comment_{measure_id} textarea").fill(comment)
            block.locator(f".st-key-link_comment_{measure_id} textarea").press("Tab")
        page.get_by_role("button", name=re.compile("Send")).click()
        page.get_by_text("Takk! 2 tiltak er oppdatert.").wait_for()
        wait_until_idle(page)
        screenshot(page, "owner-link-sent")

        page.goto(f"{url}/?plan={PLAN}")
        wait_until_idle(page)
        page.get_by_role("heading", name=re.compile("Oversikt")).first.wait_for()
        # both measures now count as at risk or delayed (Oversikt's list is a table
        # drawn on a canvas: its figure and heading are what the browser can read)
        t = Translator("nb")
        assert metric(page, t("overview.attention")) == t.number(attention_before + 2)
        listed = f"{t('overview.attention_list')} ({attention_before + 2})"
        page.get_by_role("heading", name=listed).wait_for()
        screenshot(page, "owner-link-oversikt")
