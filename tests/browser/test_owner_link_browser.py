"""Issue 15's journey on the real server (`streamlit run app.py`): the secretariat sends
the reminders from Ansvarlige to a local SMTP server the test starts, the test reads an
owner's mail, opens the personal link in it on a phone, reports two measures, and
Oversikt shows their new statuses.

One test for the whole journey. Screenshots: tests/artifacts/owner-link-*.png.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from dashboard import board, owner_links, queries
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.labels import STATUS_BY_ID
from tests.browser import conftest as harness
from tests.browser.conftest import PHONE, running_app, screenshot, sign_in, wait_until_idle
from tests.browser.helpers import metric
from tests.conftest import TODAY
from tests.helpers_remind import SmtpServer, silent_by_sql

pytestmark = pytest.mark.browser

PLAN = "his-2025"
OWNER = "Kommunikasjonsansvarlig"
MEETING = dt.date(2026, 9, 24)  # Styremøte 4/2026, the plan's last before TODAY
REPORTS = {  # measure (by position among the owner's open ones): status, progress, comment
    0: ("delayed", 25, "Leverandøren er forsinket"),
    1: ("at_risk", 55, "Mangler budsjett for høsten"),
}


def test_a_reminded_owner_reports_two_measures_on_a_phone_and_oversikt_shows_them(
    tmp_path, demo_template, page_at
):
    shutil.copyfile(demo_template, tmp_path / "planpuls.duckdb")
    db = Database.open(tmp_path / "planpuls.duckdb")  # (writes the server's key beside it)
    silent = silent_by_sql(db, PLAN, MEETING, TODAY)
    owner_id = db.scalar(
        "SELECT o.id FROM owner o JOIN plan p ON p.organisation_id = o.organisation_id "
        "WHERE p.id = $plan AND o.name = $name",
        {"plan": PLAN, "name": OWNER},
    )
    assert owner_id in silent  # the owner has not reported since the meeting
    emails = {owner: f"{owner}@his.example" for owner in silent}
    board.set_owner_emails(db, emails)
    # what the link will open: the owner's open measures (the page's own query)
    scope = owner_links.Scope("", PLAN, "", owner_id, OWNER, dt.datetime.max)
    measures = owner_links.measures(db, scope, TODAY)
    chosen = {measures.iloc[n]["id"]: (measures.iloc[n]["title"], *r) for n, r in REPORTS.items()}
    states = queries.measure_states(db, queries.Filters(PLAN, TODAY, TODAY))
    attention_before = int(states["attention"].sum())
    assert not states[states["id"].isin(list(chosen))]["attention"].any()
    others = db.sql(
        "SELECT m.title FROM measure m JOIN owner o ON o.id = m.owner_id WHERE o.name <> $o",
        {"o": OWNER},
    )["title"].tolist()
    db.close()

    smtp = SmtpServer().start()
    mail_settings = {"PLANPULS_SMTP_URL": smtp.url, "PLANPULS_SMTP_FROM": "planpuls@his.example"}
    try:
        with running_app(tmp_path, env=mail_settings) as url:
            desk = page_at()
            sign_in(desk, url, "sekretariatet")  # on Oversikt, the first plan: PLAN's
            desk.get_by_text("Kommunikasjonsstrategi HIS – tiltaksplan 2025–2026").first.wait_for()
            harness.open_from_menu(desk, "Ansvarlige")
            desk.get_by_text("Send påminnelser", exact=True).click()
            send = desk.get_by_role("button", name=re.compile(r"Send \d+ påminnelser nå"))
            send.wait_for()
            screenshot(desk, "owner-link-reminders")
            send.click()
            desk.get_by_text(f"Sendte {len(silent)} påminnelser.").wait_for()

            (got,) = smtp.to(emails[owner_id])
            lines = {line[2:] for line in got.body.splitlines() if line.startswith("- ")}
            assert lines == silent[owner_id]  # only the owner's own silent measures
            (link,) = [w for w in got.body.split() if "/rapporter_status?link=" in w]
            assert link.startswith(url)

            page = page_at(PHONE)
            page.goto(link)
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
    finally:
        smtp.stop()
