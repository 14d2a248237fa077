"""The public status page on the real server (`streamlit run app.py`) with PLANPULS_ACCESS=closed.

Anyone opens a published plan's page without signing in and reads its goals; no
comment or e-mail is in the page; an unpublished plan answers "not found"; the page
fits a phone (no sideways scroll). Screenshots at phone, projector and desktop size
are saved under tests/artifacts/ (status-*.png).
"""

from __future__ import annotations

import shutil

import pytest

from dashboard import publication
from dashboard.db import Database
from tests.browser.conftest import DESKTOP, PHONE, running_app, screenshot, wait_until_idle
from tests.conftest import HIS_GOALS

pytestmark = pytest.mark.browser

PLAN = "his-2025"
COMMENT = "Intern-kommentar-som-ikke-skal-ut"
EMAIL = "leder.navnesen@his.example"
PROJECTOR = {"width": 1280, "height": 720}


@pytest.fixture(scope="module")
def closed_server(tmp_path_factory, demo_template):
    """A closed Planpuls whose HIS plan is published, with a comment and an e-mail seeded."""
    folder = tmp_path_factory.mktemp("status")
    shutil.copyfile(demo_template, folder / "planpuls.duckdb")
    db = Database.open(folder / "planpuls.duckdb")
    with db.write() as cur:
        measure, owner = cur.execute(
            "SELECT m.id, m.owner_id FROM measure m JOIN goal g ON g.id = m.goal_id "
            "WHERE g.plan_id = $p AND m.owner_id IS NOT NULL ORDER BY m.id LIMIT 1",
            {"p": PLAN},
        ).fetchone()
        cur.execute("UPDATE owner SET email = $e WHERE id = $o", {"e": EMAIL, "o": owner})
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress, comment, "
            "reported_by, import_batch_id, source) VALUES ($m, DATE '2026-11-20', 'delayed', 30, "
            "$c, $r, 1, 'test')",
            {"m": measure, "c": COMMENT, "r": EMAIL},
        )
    publication.publish(db, PLAN, by="test-admin")
    db.close()
    with running_app(folder, env={"PLANPULS_ACCESS": "closed"}) as url:
        yield url


def test_anyone_reads_a_published_plan_without_signing_in(closed_server, page_at):
    # the dashboard itself is closed: its front page asks for a sign-in
    page = page_at(DESKTOP)
    page.goto(closed_server)
    wait_until_idle(page)
    page.get_by_label("Brukernavn").wait_for()

    answer = page.goto(f"{closed_server}/status/{PLAN}")
    assert answer.status == 200
    assert page.get_by_label("Brukernavn").count() == 0
    assert page.get_by_label("Passord").count() == 0
    headings = page.get_by_role("heading", level=2).all_inner_texts()
    assert all(goal in headings for goal in HIS_GOALS)
    text = page.inner_text("body")
    assert COMMENT not in text and EMAIL not in text and "@" not in text
    assert COMMENT not in page.content() and EMAIL not in page.content()
    bars = page.get_by_role("progressbar")
    assert bars.count() >= len(HIS_GOALS)
    first = bars.first
    assert first.get_attribute("aria-valuetext").replace("\u00a0", " ").endswith("%")
    assert page.evaluate("document.documentElement.lang") == "nb"
    screenshot(page, "status-1920x1080")

    page = page_at(PROJECTOR)
    page.goto(f"{closed_server}/status/{PLAN}")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "status-1280x720")


def test_the_page_fits_a_phone_and_switches_to_english(closed_server, page_at):
    page = page_at(PHONE)
    page.goto(f"{closed_server}/status/{PLAN}")
    page.get_by_role("heading", level=1).wait_for()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "status-390x844")
    page.get_by_role("link", name="English").click()
    page.get_by_role("heading", name="Progress of the whole plan").wait_for()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.set_viewport_size({"width": 320, "height": 640})  # WCAG 1.4.10's reflow width
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_unpublished_plan_answers_not_found(closed_server, page_at):
    page = page_at(PHONE)
    unpublished = page.goto(f"{closed_server}/status/tynset-2025")
    assert unpublished.status == 404
    assert page.get_by_role("heading", name="Finner ikke siden").is_visible()
    assert "Tynset" not in page.inner_text("body")
    unknown = page.goto(f"{closed_server}/status/finnes-ikke")
    assert unknown.status == 404
    # the index lists the published plan only
    page.goto(f"{closed_server}/status")
    links = page.get_by_role("link").all_inner_texts()
    assert any("Kommunikasjonsstrategi HIS" in link for link in links)
    assert not any("Tynset" in link for link in links)
