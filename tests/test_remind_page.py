"""Ansvarlige's "Send påminnelser" (issue 15): readers never see it; the secretariat sees
who gets which mail, edits the text, sends to a local SMTP server and reads the result."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import board
from dashboard.i18n import message
from dashboard.inert import plain
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import run_page
from tests.helpers_remind import SmtpServer, silent_by_sql

PAGE = "pages/ansvarlige.py"
PLAN = "his-2025"
OPEN = f"remind_{PLAN}_nb_open"


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


def table(at, column: str):
    """The table on the page that has this column."""
    (found,) = [d.value for d in at.dataframe if column in d.value.columns]
    return found


def test_a_reader_never_sees_the_reminders(demo_env):
    for role in (None, "viewer"):
        at = run_page(PAGE, role=role)
        at.session_state[OPEN] = True  # even opened by hand
        at.run()
        assert not at.exception
        assert "Send påminnelser" not in [e.label for e in at.expander]
        assert not [b for b in at.button if b.label.startswith("Send ")]
        assert not [t for t in at.text_area if t.label == "Tekst"]


def test_the_secretariat_previews_edits_and_sends(demo_env, smtp, monkeypatch):
    monkeypatch.delenv("PLANPULS_SMTP_URL", raising=False)
    db = state.database()
    silent = silent_by_sql(db, PLAN, dt.date(2026, 9, 24), TODAY)
    emails = {o: f"{o}@his.example" for o in silent}
    board.set_owner_emails(db, emails)

    at = run_page(PAGE, role="secretariat")
    assert "Send påminnelser" in [e.label for e in at.expander]
    at.session_state[OPEN] = True
    at.run()
    assert not at.exception
    # no SMTP: said plainly, the button cannot send
    assert message("remind.no_smtp", "nb") in [w.value for w in at.warning]
    (send,) = [b for b in at.button if b.label == f"Send {len(silent)} påminnelser nå"]
    assert send.disabled
    # the preview: each owner with their own measures
    preview = table(at, "Tiltak i e-posten")
    assert dict(zip(preview["Ansvarlig"], preview["E-post"], strict=True)).keys() == {
        db.scalar("SELECT name FROM owner WHERE id = $o", {"o": o}) for o in silent
    }

    # a text without the link is refused in words, and nothing can be sent
    (body,) = [t for t in at.text_area if t.label == "Tekst"]
    body.set_value("Hei {owner}, meld status for {measures}.").run()
    assert any("{link}" in plain(e.value) for e in at.error)
    assert not [b for b in at.button if b.label.startswith("Send ")]
    (body,) = [t for t in at.text_area if t.label == "Tekst"]
    body.set_value("Hei {owner}!\n{measures}\nLenke: {link}").run()
    (save,) = [b for b in at.button if b.label == "Lagre teksten"]
    save.click().run()
    assert not at.exception
    assert "Teksten er lagret for denne planen." in [s.value for s in at.success]
    assert (
        db.scalar("SELECT body FROM reminder_template") == "Hei {owner}!\n{measures}\nLenke: {link}"
    )

    monkeypatch.setenv("PLANPULS_SMTP_URL", smtp.url)
    monkeypatch.setenv("PLANPULS_SMTP_FROM", "planpuls@his.example")
    at.run()
    (send,) = [b for b in at.button if b.label == f"Send {len(silent)} påminnelser nå"]
    send.click().run()
    assert not at.exception
    assert f"Sendte {len(silent)} påminnelser." in [s.value for s in at.success]
    assert sorted(a for r in smtp.received for a in r.recipients) == sorted(emails.values())
    for owner, address in emails.items():
        (got,) = smtp.to(address)
        assert got.body.startswith("Hei ")
        assert {line[2:] for line in got.body.splitlines() if line.startswith("- ")} == silent[
            owner
        ]
    # sent: nobody is due again today, and the record is shown
    assert message("remind.nobody", "nb") in [i.value for i in at.info]
    history = table(at, "Sendt av")
    assert len(history) == len(silent) and set(history["E-post"]) == set(emails.values())
