"""The API on the real server (`streamlit run app.py`), with PLANPULS_ACCESS=closed.

The routes answer beside the pages; a token or the browser's own session opens them,
nothing else does; the admin's token section on Brukere is drawn.
"""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request

import pytest

from dashboard import auth, tokens
from dashboard.db import Database
from tests.browser.conftest import (
    DESKTOP,
    PASSWORD,
    running_app,
    screenshot,
    wait_for_cookie,
    wait_until_idle,
)
from tests.browser.conftest import sign_in as sign_in_on_a_link

pytestmark = pytest.mark.browser


def fetch(url: str, token: str | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def sign_in(page, url: str, name: str) -> None:
    """Sign in where a closed Planpuls sends everyone: its front page."""
    page.goto(url)
    wait_until_idle(page)
    page.get_by_label("Brukernavn").fill(name)
    page.get_by_label("Passord").fill(PASSWORD)
    page.get_by_role("button", name="Logg inn", exact=True).click()
    wait_for_cookie(page)
    page.get_by_text(f"Innlogget som {name}").first.wait_for()


def test_the_running_server_answers_the_api_to_a_token_or_a_session_only(
    tmp_path, demo_template, page_at
):
    shutil.copyfile(demo_template, tmp_path / "planpuls.duckdb")
    db = Database.open(tmp_path / "planpuls.duckdb")
    auth.add_user(db, "sjef", "admin", PASSWORD, by="test")
    no, token = tokens.create(db, "sjef", "viewer", "nattlig", by="test")
    db.close()
    env = {"PLANPULS_ACCESS": "closed"}
    with running_app(tmp_path, template=None, env=env) as url:
        health = fetch(f"{url}/api/v1/health")
        anonymous = fetch(f"{url}/api/v1/plans")
        with_token = fetch(f"{url}/api/v1/plans/his-2025/measures?date=2026-06-30", token)
        page = page_at(DESKTOP)
        sign_in(page, url, "leser")
        by_cookie = page.request.get(f"{url}/api/v1/plans")
        page = page_at(DESKTOP)  # a browser of its own: the admin, on a link to Brukere
        sign_in_on_a_link(page, url, "sjef", at="/brukere")
        page.get_by_text("API-nøkler").first.wait_for()
        page.get_by_role("button", name="Lag nøkkel").scroll_into_view_if_needed()
        wait_until_idle(page)
        screenshot(page, "brukere-api-tokens")
    assert health[0] == 200 and health[1]["access"] == "closed"
    assert anonymous[0] == 401 and anonymous[1]["error"]["code"] == "sign_in"
    assert with_token[0] == 200 and with_token[1]["date"] == "2026-06-30"
    assert len(with_token[1]["measures"]) == 20
    assert by_cookie.status == 200 and by_cookie.json()["plans"]
    db = Database.open(tmp_path / "planpuls.duckdb")
    uses = db.sql("SELECT detail FROM api_token_event WHERE action = 'use'")["detail"].tolist()
    db.close()
    assert uses == ["GET /api/v1/plans/his-2025/measures"]
    assert no == 1
