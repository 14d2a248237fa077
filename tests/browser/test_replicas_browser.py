"""Two dashboards on one PostgreSQL database (issue 16, its first "Done when").

A throw-away PostgreSQL (tests/pg.py) and two ``streamlit run app.py`` on different free
ports with the same ``PLANPULS_DB=postgresql://…``, started together on an empty
database: the door's advisory lock lets one of them migrate it and load the demo, once.
A feed uploads a Norwegian status file through replica A's API; replica B's API and its
pages (in Chromium, signed in on A: the session lives in the database) give the new
status, progress and comment, and Importhistorikk lists the file by the token's account.
Undone through B's API, A's API gives the old figures back. Signed out on B, A asks for
sign-in again, also when the old cookie is offered. docs/scale-out.md, "The replica
test", gives the same steps as commands to run by hand.
"""

from __future__ import annotations

import contextlib
import urllib.parse
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import expect

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import httpx

from dashboard import auth, tokens
from dashboard.demo import demo_batches
from dashboard.pg.database import PgDatabase
from tests.browser.conftest import (
    ACCOUNTS,
    DESKTOP,
    PASSWORD,
    PHONE,
    resize,
    running_app,
    screenshot,
    session_cookie,
    sign_in,
    wait_for_cookie,
    wait_until_idle,
)
from tests.pg import pg_empty_url, pg_server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

PLAN, GOAL, MEASURE = "his-2025", "his-g2", "his-t04"
#: running_app's PLANPULS_TODAY: the date the API is asked about.
TODAY = "2026-11-23"
#: The measure's latest update in the demo (2026-09-04): on track, 80 %, this comment.
BEFORE_COMMENT = "Plan for resultatkommunikasjon i 2027 er under arbeid."
COMMENT = "Forsinket på grunn av sykefravær – ny lansering i desember"
FILE = "statusrapport november.csv"
#: As a Norwegian Excel saves it: cp1252, ";", a decimal comma, dd.mm.yyyy, an empty line.
MESSY = (
    "tiltak_id;dato;status;fremdrift;kommentar\r\n"
    f"{MEASURE};20.11.2026;Risiko;35,0;{COMMENT}\r\n"
    ";;;;\r\n"
).encode("cp1252")


@contextlib.contextmanager
def replicas(
    tmp_path: Path, store: str, names: tuple[str, ...] = ("a", "b")
) -> Iterator[list[str]]:
    """Start one dashboard per name on ``store``, all at once (each in its own folder, for
    its log); yield their addresses; stop them all."""
    apps = []
    for name in names:
        (tmp_path / name).mkdir()
        apps.append(running_app(tmp_path / name, store=store))
    with contextlib.ExitStack() as stack:
        with ThreadPoolExecutor(len(apps)) as pool:
            started = [pool.submit(app.__enter__) for app in apps]
        for app, future in zip(apps, started, strict=True):
            if future.exception() is None:
                stack.push(app.__exit__)  # stopped at the end, also when another failed
        yield [future.result() for future in started]


def measures(url: str, key: dict[str, str]) -> dict:
    """The plan's measures and progress on TODAY, from ``url``'s API."""
    answer = httpx.get(
        f"{url}/api/v1/plans/{PLAN}/measures", params={"date": TODAY}, headers=key, timeout=60
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def measure(url: str, key: dict[str, str]) -> tuple[dict, float]:
    """The measure's state and the plan's progress on TODAY, from ``url``'s API."""
    body = measures(url, key)
    (row,) = [row for row in body["measures"] if row["id"] == MEASURE]
    return row, body["progress"]


def seen(row: dict) -> tuple:
    """What a person reads of a measure: its status (as shown, and as last reported),
    progress, latest comment and its date."""
    return (
        row["status"],
        row["reported_status"],
        row["progress"],
        row["last_comment"],
        row["last_comment_date"],
    )


def test_an_upload_on_one_replica_shows_in_the_api_and_pages_of_the_other(
    tmp_path,
    pg_empty_url,  # noqa: F811
    page_at,
):
    with replicas(tmp_path, pg_empty_url) as (a, b):
        assert urllib.parse.urlsplit(a).port != urllib.parse.urlsplit(b).port
        # Both answer; the demo is there once, though both found the database empty.
        for url in (a, b):
            plans = httpx.get(f"{url}/api/v1/plans", timeout=60)
            assert plans.status_code == 200, plans.text
            assert PLAN in {plan["id"] for plan in plans.json()["plans"]}
        db = PgDatabase.open(pg_empty_url)  # the store itself, as a third process
        try:
            assert len(demo_batches(db)) == 1
            for name, role in ACCOUNTS.items():
                auth.add_user(db, name, role, PASSWORD, by="test")
            auth.add_user(db, "nattjobb", "secretariat", PASSWORD, by="test")
            _no, token = tokens.create(db, "nattjobb", "secretariat", "Nattlig status", by="test")
        finally:
            db.close()
        key = {"Authorization": f"Bearer {token}"}

        # Before: both replicas give the demo's last update (on track, 80 days old: stale).
        before, plan_before = measure(b, key)
        assert seen(before) == ("stale", "on_track", 80.0, BEFORE_COMMENT, "2026-09-04")
        assert measure(a, key) == (before, plan_before)
        # The plan's progress is the mean of its measures' weighted by weight, a cancelled
        # one left out: this measure's fall from 80 to 35 lowers it by weight × 45 / total.
        total = sum(
            row["weight"] for row in measures(b, key)["measures"] if row["status"] != "cancelled"
        )
        fall = before["weight"] * (80.0 - 35.0) / total

        # A person signs in on A; B's Mål page opens signed in, with the old comment.
        page = page_at(DESKTOP)
        sign_in(page, a, "sekretariatet", at="/importhistorikk")
        cookie = session_cookie(page)
        page.goto(f"{b}/mal?plan={PLAN}&goal={GOAL}")
        wait_until_idle(page)
        page.get_by_text("Innlogget som sekretariatet").first.wait_for()
        table = page.get_by_test_id("stDataFrame").first
        table.locator("tr", has_text=BEFORE_COMMENT).wait_for(state="attached")

        # The upload, through A's API.
        saved = httpx.post(
            f"{a}/api/v1/imports",
            headers=key,
            files={"file": (FILE, MESSY, "text/csv")},
            data={"plan": PLAN},
            timeout=120,
        )
        assert saved.status_code == 200, saved.text
        body = saved.json()
        assert (body["encoding"], body["separator"], body["added"]) == ("cp1252", ";", 1)
        batch = body["batch"]

        # After: B's API gives the new figures.
        after, plan_after = measure(b, key)
        assert seen(after) == ("at_risk", "at_risk", 35.0, COMMENT, "2026-11-20")
        assert plan_after == pytest.approx(plan_before - fall)
        assert measure(a, key) == (after, plan_after)

        # B's Mål page, read again: the new status, progress and comment on the row.
        page.reload()
        wait_until_idle(page)
        row = page.get_by_test_id("stDataFrame").first.locator("tr", has_text=COMMENT)
        row.wait_for(state="attached")
        expect(row).to_contain_text("Risiko")
        expect(row).to_contain_text("35\xa0%")
        assert (
            page.get_by_test_id("stDataFrame").first.locator("tr", has_text=BEFORE_COMMENT).count()
            == 0
        )
        screenshot(page, "replika-b-mal-desktop")
        resize(page, PHONE)  # the cards a phone shows, the same facts
        card = page.locator("article.pp-card", has_text=COMMENT)
        card.scroll_into_view_if_needed()
        expect(card).to_contain_text("Risiko")
        expect(card).to_contain_text("35\xa0%")
        screenshot(page, "replika-b-mal-phone")
        resize(page, DESKTOP)

        # B's Importhistorikk lists the file, saved by the token's account.
        page.goto(f"{b}/importhistorikk")
        wait_until_idle(page)
        page.get_by_text(FILE).first.wait_for(state="attached")
        page.get_by_text("nattjobb (API)").first.wait_for(state="attached")
        screenshot(page, "replika-b-importhistorikk-desktop")

        # Undone through B's API: A's API goes back to the demo's figures.
        undone = httpx.post(f"{b}/api/v1/imports/{batch}/undo", headers=key, timeout=120)
        assert undone.status_code == 200, undone.text
        assert undone.json()["state"] == "undone"
        assert measure(a, key) == (before, plan_before)

        # Signed out on B: A asks for sign-in, and the old cookie opens nothing there.
        page.get_by_role("button", name="Logg ut").click()
        wait_for_cookie(page, present=False)  # B ended the session and deleted the cookie
        # then sent the browser to its front page: a page opened before that lands would
        # be taken over by it
        page.wait_for_url(lambda address: "/importhistorikk" not in address, wait_until="commit")
        page.get_by_role("link", name="Logg inn").wait_for()
        wait_until_idle(page)
        page.goto(f"{a}/importhistorikk")
        wait_until_idle(page)
        page.get_by_text("Denne siden krever innlogging").wait_for()
        expect(page.get_by_text("Innlogget som")).to_have_count(0)
        page.context.add_cookies([cookie])
        page.reload()
        wait_until_idle(page)
        page.get_by_text("Denne siden krever innlogging").wait_for()
        expect(page.get_by_text("Innlogget som")).to_have_count(0)
        headers = {"Cookie": f"{cookie['name']}={cookie['value']}"}
        refused = httpx.get(f"{a}/api/v1/imports", headers=headers, timeout=60)
        assert refused.status_code == 401, refused.text
