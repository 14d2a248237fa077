"""The running dashboard takes scheduled backups (PLANPULS_BACKUP_DIR) that open whole.

Starts the real server (`streamlit run app.py`, as tests/browser does) with a short
interval, waits until a backup appears, and opens it: it holds the demo plans
the server's database holds, counted independently from a fresh load of the demo.
"""

from __future__ import annotations

import time

from dashboard import backup
from dashboard.db import Database
from dashboard.demo import load_demo
from tests.browser.conftest import running_app

#: 0.001 hours = 3.6 seconds between backups (the first comes that soon after the start).
HOURS = "0.001"


def plans_and_measures(db: Database) -> list[tuple[str, int]]:
    return list(
        db.sql(
            "SELECT p.id, count(m.id) AS measures FROM plan p "
            "JOIN goal g ON g.plan_id = p.id LEFT JOIN measure m ON m.goal_id = g.id "
            "GROUP BY p.id ORDER BY p.id"
        ).itertuples(index=False, name=None)
    )


def test_the_server_writes_scheduled_backups_that_hold_the_demo(tmp_path, demo_template):
    folder = tmp_path / "kopier"
    (tmp_path / "app").mkdir()
    settings = {"PLANPULS_BACKUP_DIR": str(folder), "PLANPULS_BACKUP_HOURS": HOURS,
                "PLANPULS_BACKUP_KEEP": "2"}  # fmt: skip
    with running_app(tmp_path / "app", template=demo_template, env=settings):
        deadline = time.monotonic() + 120
        # the first comes soon after the start (the folder is empty: one is due)
        while not backup.scheduled_backups(folder) and time.monotonic() < deadline:
            time.sleep(0.2)
    found = backup.scheduled_backups(folder)  # (one name a minute: later ones replace it)
    assert len(found) == 1, (tmp_path / "app" / "streamlit.log").read_text()
    assert sorted(p.name for p in folder.iterdir()) == [p.name for _, p in found]  # no partials
    expected = Database.open(":memory:")
    load_demo(expected)
    newest = Database.open(found[-1][1])
    try:
        assert plans_and_measures(newest) == plans_and_measures(expected)
        assert len(plans_and_measures(newest)) >= 2
    finally:
        newest.close()
        expected.close()
