"""The command line while the real dashboard runs (`streamlit run app.py`), issue 11.

The dashboard holds the database file; `python -m dashboard …` in another process
imports a file, lists the accounts, adds one, makes an API token and undoes the
import, through the server. The result is read where a person would look: the HTTP
API (a measure's status on the date, the token opening it) and the pages in
Chromium (Importhistorikk; signing in as the account just added). After the
dashboard stops, its server file is gone and the commands open the file themselves.
"""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard import local_server
from dashboard.db import Database
from tests.browser.conftest import (
    DESKTOP,
    PASSWORD,
    ROOT,
    running_app,
    screenshot,
    sign_in,
    wait_until,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

STATUS = "tiltak_id;dato;status;fremdrift\nhis-t02;20.11.2026;gul;50\n"
MEASURES = "/api/v1/plans/his-2025/measures?date=2026-11-23"


def command(database: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """``python -m dashboard ARGS`` in a process of its own, on the dashboard's database."""
    env = {**os.environ, "PLANPULS_DB": str(database), "PLANPULS_TODAY": "2026-11-23"}
    env.pop("PLANPULS_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def fetch(url: str, token: str | None = None) -> tuple[int, dict | list]:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def his_t02(url: str) -> tuple[str, float]:
    status, body = fetch(url + MEASURES)
    assert status == 200
    rows = body["measures"] if isinstance(body, dict) else body
    found = next(m for m in rows if m["id"] == "his-t02")
    return found["status"], found["progress"]


def history_table(page) -> str:
    page.get_by_role("heading", name="Importhistorikk").wait_for()
    wait_until_idle(page)
    table = page.locator("[data-testid='stDataFrame']").first
    table.locator("[data-testid^='glide-cell']").first.wait_for(state="attached")
    return table.text_content()


def test_the_command_line_works_through_the_running_dashboard(tmp_path, demo_template, page_at):
    database = tmp_path / "planpuls.duckdb"
    upload = tmp_path / "status-november.csv"
    upload.write_text(STATUS, encoding="utf-8")
    with running_app(tmp_path, template=demo_template) as url:
        # written once it holds the file
        wait_until(lambda: local_server.read_server_file(database) is not None,
                   "the dashboard wrote no server file")  # fmt: skip
        assert local_server.server_file(database).stat().st_mode & 0o777 == 0o600
        before = his_t02(url)
        assert before != ("at_risk", 50.0)

        imported = command(database, "import", str(upload), "--plan", "his-2025", "--json")
        assert imported.returncode == 0, imported.stderr
        outcome = json.loads(imported.stdout)
        assert (outcome["added"], outcome["rejected"], outcome["batch"]) == (1, 0, 2)
        assert his_t02(url) == ("at_risk", 50.0)

        page = page_at(DESKTOP)
        sign_in(page, url, "sekretariatet", at="/importhistorikk")  # a link to the page
        shown = history_table(page)
        assert "status-november.csv" in shown and "Lagret" in shown

        listed = command(database, "users", "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert {u["name"]: u["role"] for u in json.loads(listed.stdout)} == {
            "sekretariatet": "secretariat",
            "leser": "viewer",
        }
        added = command(database, "users", "add", "styreleder", "--role", "admin", stdin=PASSWORD)
        assert (added.returncode, added.stdout) == (
            0,
            "Brukeren styreleder er lagt til med rollen Administrator.\n",
        )
        accounts = json.loads(command(database, "users", "list", "--json").stdout)
        assert {u["name"]: u["created_by"] for u in accounts}["styreleder"] == (
            f"cli:{getpass.getuser()}"
        )

        made = command(database, "tokens", "add", "nattlig", "--owner", "styreleder", "--role",
                       "viewer")  # fmt: skip
        assert made.returncode == 0, made.stderr
        token = made.stdout.strip()
        assert fetch(f"{url}/api/v1/plans", token)[0] == 200  # the server knows it
        assert fetch(f"{url}/api/v1/plans", token + "x")[0] == 401

        undone = command(database, "undo", "2")
        assert (undone.returncode, undone.stdout) == (0, "Opplasting nr. 2 er angret.\n")
        assert his_t02(url) == before
        page.reload()
        shown = history_table(page)
        assert "Angret av Kommandolinje" in shown
        screenshot(page, "importhistorikk-cli-gjennom-serveren")

        # A backup through the running server: made there, written here, and whole.
        folder = tmp_path / "backups"
        folder.mkdir()
        saved = command(database, "backup", str(folder))
        assert saved.returncode == 0, saved.stderr
        [copy] = folder.glob("planpuls-*.duckdb")
        assert str(copy) in saved.stdout  # the path here, not the server's temporary one
        again = command(database, "backup", str(copy))
        assert again.returncode == 1 and "finnes" in again.stderr + again.stdout
        kept = Database.open(copy)
        try:
            assert kept.scalar("SELECT state FROM import_batch WHERE id = 2") == "undone"
            assert kept.scalar("SELECT role FROM app_user WHERE name = 'styreleder'") == "admin"
        finally:
            kept.close()

        admin = page_at(DESKTOP)
        # the account the command line added, its password; on a link to the accounts page
        sign_in(admin, url, "styreleder", at="/brukere")
        admin.get_by_role("heading", name="Brukere", exact=True).wait_for()
        admin.get_by_text("API-nøkler").first.scroll_into_view_if_needed()  # (tables draw
        # when seen: the backup section above may push the token list below the fold)
        expect(admin.locator("[data-testid='stMain']")).to_contain_text("nattlig")

        busy = command(database, "generate", "--scale", "tiny", "--db", str(database))
        assert busy.returncode == 2 and "brukes av en annen prosess" in busy.stderr

    assert not local_server.server_file(database).exists()
    after = command(database, "batches", "--json")  # the file is free again: opened here
    assert after.returncode == 0
    assert json.loads(after.stdout)[0]["undone_by"] == "cli"
