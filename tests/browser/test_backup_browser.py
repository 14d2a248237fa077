"""An administrator downloads a fresh backup on Brukere while the dashboard runs.

The file the browser saves is a Planpuls database holding what the server's database
holds, the last upload included.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from dashboard import auth, backup
from dashboard.db import Database
from dashboard.ingest.pipeline import Upload, commit
from tests.browser.conftest import PASSWORD, running_app, screenshot, sign_in
from tests.conftest import TODAY

pytestmark = pytest.mark.browser


def plans_and_statuses(db: Database) -> list[tuple]:
    return list(
        db.sql(
            "SELECT p.id, count(s.id) FROM plan p JOIN goal g ON g.plan_id = p.id "
            "JOIN measure m ON m.goal_id = g.id LEFT JOIN status_update s ON s.measure_id = m.id "
            "GROUP BY p.id ORDER BY p.id"
        ).itertuples(index=False, name=None)
    )


def test_an_administrator_downloads_a_backup_that_opens_whole(tmp_path, demo_template, page_at):
    shutil.copyfile(demo_template, tmp_path / "planpuls.duckdb")
    db = Database.open(tmp_path / "planpuls.duckdb")
    auth.add_user(db, "sjef", "admin", PASSWORD, by="test")
    commit(
        db,
        Upload(
            b"tiltak_id;dato;status;fremdrift;kommentar\nhis-t02;20.11.2026;Gul;45 %;nedlasting\n",
            "status.csv",
            "his-2025",
            today=TODAY,
        ),
        by="test",
    )
    expected = plans_and_statuses(db)
    db.close()
    with running_app(tmp_path) as url:
        page = page_at()
        sign_in(page, url, "sjef", at="/brukere")  # a link to the accounts page
        button = page.get_by_role("button", name="Last ned sikkerhetskopi")
        button.scroll_into_view_if_needed()
        screenshot(page, "backup-download")
        with page.expect_download(timeout=60_000) as download:
            button.click()
        saved = tmp_path / "nedlastet.duckdb"
        download.value.save_as(saved)
        name = download.value.suggested_filename
    assert backup.SCHEDULED_NAME.match(name), name
    taken = dt.datetime.strptime(name, "planpuls-%Y-%m-%dT%H%MZ.duckdb").replace(tzinfo=dt.UTC)
    assert abs(backup.utc_now() - taken) < dt.timedelta(minutes=10)
    copy = Database.open(saved)
    try:
        assert plans_and_statuses(copy) == expected
        assert copy.scalar("SELECT count(*) FROM status_update WHERE comment = 'nedlasting'") == 1
        assert copy.scalar("SELECT role FROM app_user WHERE name = 'sjef'") == "admin"
    finally:
        copy.close()
