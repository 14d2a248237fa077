"""Reminders by e-mail (issue 15): who is reminded, what the mail holds, sending through a
local SMTP server the test starts, the once-a-day rule, the text, the command."""

from __future__ import annotations

import datetime as dt
import json
import logging
from urllib.parse import parse_qs, urlsplit

import pytest

from dashboard import board, owner_links, plans, reminders
from dashboard.cli import main
from dashboard.i18n import Translator, message
from dashboard.ingest.batches import undo as undo_batch
from dashboard.mail import MailRefused
from dashboard.reminders import RemindRefused
from tests.conftest import TODAY
from tests.helpers_remind import SmtpServer, silent_by_sql

PLAN = "his-2025"
NB = Translator("nb")
LINK = "https://planpuls.example/rapporter?t="


def link_for(owner: str) -> str:
    return LINK + owner


@pytest.fixture
def smtp(monkeypatch):
    server = SmtpServer().start()
    monkeypatch.setenv("PLANPULS_SMTP_URL", server.url)
    monkeypatch.setenv("PLANPULS_SMTP_FROM", "planpuls@his.example")
    yield server
    server.stop()


def give_addresses(db, owners) -> dict[str, str]:
    emails = {o: f"{o}@his.example" for o in owners}
    board.set_owner_emails(db, emails)
    return emails


def report(db, measure_id: str, day: dt.date) -> None:
    with db.write() as cur:
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress) "
            "VALUES ($m, $d, 'on_track', 50)",
            {"m": measure_id, "d": day},
        )


def sent_rows(db) -> int:
    return int(db.scalar("SELECT count(*) FROM reminder_sent"))


def test_the_plan_reminds_silent_owners_with_only_their_measures_and_names_the_others(demo_db):
    meeting = dt.date(2026, 9, 24)  # Styremøte 4/2026, the plan's last before TODAY
    silent = silent_by_sql(demo_db, PLAN, meeting, TODAY)
    assert len(silent) >= 2
    without_mail = sorted(silent)[0]
    emails = give_addresses(demo_db, sorted(silent)[1:])

    planned = reminders.plan_reminders(demo_db, PLAN, NB, link_for, today=TODAY)

    assert planned.baseline.date == meeting
    assert planned.baseline.meeting is not None
    assert {m.owner_id: set(m.measures) for m in planned.mails} == {o: silent[o] for o in emails}
    by_reason = {s.owner_id: s.reason for s in planned.skipped}
    assert by_reason[without_mail] == "no_email"
    assert "his-administrerende-direktor" not in silent
    assert by_reason["his-administrerende-direktor"] == "reported"
    for one in planned.mails:
        assert one.address == emails[one.owner_id]
        assert LINK + one.owner_id in one.body
        for title in one.measures:
            assert f"- {title}" in one.body
        others = {t for o, titles in silent.items() if o != one.owner_id for t in titles}
        assert not any(title in one.body for title in others - set(one.measures))
        assert "%" not in one.body  # no figures: titles only
        assert "Styremøte 4/2026" in one.body and "Kommunikasjonsstrategi HIS" in one.subject


def test_no_one_is_silent_gives_no_phantom_owner(demo_db):
    # hdir-2026: every owner has reported since a cadence ago (no meeting recorded)
    planned = reminders.plan_reminders(demo_db, "hdir-2026", NB, link_for, today=TODAY)
    assert planned.mails == ()
    assert {s.reason for s in planned.skipped} == {"reported"}
    assert "nan" not in {s.owner for s in planned.skipped}


def test_a_plan_without_measures_reminds_no_one_and_the_schedule_goes_on(demo_db, smtp):
    empty = plans.NewPlan("ny-plan", "Ny plan", "Ny organisasjon", dt.date(2026, 1, 1),
                          dt.date(2026, 12, 31))  # fmt: skip
    plans.create_plan(demo_db, empty, by="sek")
    planned = reminders.plan_reminders(demo_db, "ny-plan", NB, link_for, today=TODAY)
    assert (planned.mails, planned.skipped) == ((), ())
    silent = silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY)
    give_addresses(demo_db, silent)
    done = reminders.scheduled_round(demo_db, "http://x", 7, today=dt.date(2026, 11, 16))
    assert {m.owner_id for m in done[PLAN].sent} == set(silent)


def test_sending_delivers_each_owner_their_mail_records_it_and_not_twice_a_day(demo_db, smtp):
    silent = silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY)
    emails = give_addresses(demo_db, silent)

    planned = reminders.plan_reminders(demo_db, PLAN, NB, link_for, today=TODAY)
    outcome = reminders.send(demo_db, planned, by="Sekretariatet", via="page", today=TODAY)

    assert {m.owner_id for m in outcome.sent} == set(silent)
    assert smtp.received[0].user == "robot"  # signed in with the URL's user
    for owner, address in emails.items():
        (got,) = smtp.to(address)
        assert got.sender == "planpuls@his.example"
        assert got.message["Subject"].startswith("Påminnelse: statusoppdatering for")
        lines = {line[2:] for line in got.body.splitlines() if line.startswith("- ")}
        assert lines == silent[owner]
        assert LINK + owner in got.body
    rows = demo_db.sql("SELECT * FROM reminder_sent ORDER BY owner_id")
    assert list(rows["owner_id"]) == sorted(silent)
    assert set(rows["sent_by"]) == {"Sekretariatet"} and set(rows["via"]) == {"page"}
    assert len(set(rows["run_no"])) == 1
    titles = demo_db.sql("SELECT id, title FROM measure").set_index("id")["title"]
    for row in rows.itertuples():
        assert {titles[i] for i in row.measure_ids} == silent[row.owner_id]
        assert row.address == emails[row.owner_id]

    again = reminders.plan_reminders(demo_db, PLAN, NB, link_for, today=TODAY)
    assert again.mails == ()
    assert {s.owner_id for s in again.skipped if s.reason == "mailed_today"} == set(silent)
    assert reminders.send(demo_db, again, by="x", via="page", today=TODAY).sent == ()
    assert len(smtp.received) == len(silent) and sent_rows(demo_db) == len(silent)
    # the next day they may be reminded again
    tomorrow = reminders.plan_reminders(
        demo_db, PLAN, NB, link_for, today=TODAY + dt.timedelta(days=1)
    )
    assert {m.owner_id for m in tomorrow.mails} == set(silent)


def test_an_owner_who_reports_after_the_meeting_is_skipped(demo_db, smtp):
    silent = silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY)
    give_addresses(demo_db, silent)
    owner = sorted(silent)[0]
    ids = demo_db.sql("SELECT id FROM measure WHERE owner_id = $o", {"o": owner})["id"]
    for measure_id in ids:
        report(demo_db, measure_id, TODAY - dt.timedelta(days=3))

    planned = reminders.plan_reminders(demo_db, PLAN, NB, link_for, today=TODAY)

    assert owner not in {m.owner_id for m in planned.mails}
    assert {s.owner_id: s.reason for s in planned.skipped}[owner] == "reported"
    reminders.send(demo_db, planned, by="x", via="cli", today=TODAY)
    assert smtp.to(f"{owner}@his.example") == []


def test_without_smtp_settings_nothing_is_sent_or_recorded_and_the_message_says_so(
    demo_db, monkeypatch
):
    monkeypatch.delenv("PLANPULS_SMTP_URL", raising=False)
    give_addresses(demo_db, silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY))
    asked: list[str] = []

    with pytest.raises(MailRefused) as refused:
        reminders.remind(demo_db, PLAN, NB, base_url="http://x", by="s", via="page", today=TODAY)

    assert refused.value.message(NB) == message("remind.no_smtp", "nb")
    assert "PLANPULS_SMTP_URL" in refused.value.message(NB)
    assert sent_rows(demo_db) == 0 and asked == []
    planned = reminders.plan_reminders(demo_db, PLAN, NB, link_for, today=TODAY)
    with pytest.raises(MailRefused):
        reminders.send(demo_db, planned, by="s", via="page", today=TODAY)
    assert sent_rows(demo_db) == 0


@pytest.mark.parametrize(
    ("url", "sender", "code"),
    [
        ("http://host", "a@b.no", "bad_smtp_url"),
        ("smtp://", "a@b.no", "bad_smtp_url"),
        ("smtp://host:notaport", "a@b.no", "bad_smtp_url"),
        ("smtp://host:25", "", "no_sender"),
        ("smtp://127.0.0.1:1", "a@b.no", "smtp_failed"),  # nothing listens on port 1
    ],
)
def test_wrong_smtp_settings_are_refused_in_words(db, monkeypatch, url, sender, code):
    monkeypatch.setenv("PLANPULS_SMTP_URL", url)
    monkeypatch.setenv("PLANPULS_SMTP_FROM", sender)
    one = reminders.Mail("o", "Eier", "o@his.example", ("m",), ("Tiltak",), "Emne", "Tekst")
    planned = reminders.Plan("p", "Plan", board.Baseline(TODAY), "nb", (one,), ())
    with pytest.raises(MailRefused) as refused:
        reminders.send(db, planned, by="s", via="page", today=TODAY)
    assert refused.value.code == code
    assert "secret" not in refused.value.message(NB)
    assert sent_rows(db) == 0


def test_a_refused_recipient_is_reported_and_not_recorded(demo_db, smtp):
    silent = silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY)
    emails = give_addresses(demo_db, silent)
    bad = sorted(silent)[0]
    smtp.refuse.add(emails[bad])

    planned = reminders.plan_reminders(demo_db, PLAN, NB, link_for, today=TODAY)
    outcome = reminders.send(demo_db, planned, by="s", via="page", today=TODAY)

    assert [f.mail.owner_id for f in outcome.failed] == [bad]
    assert "550" in outcome.failed[0].reason
    recorded = set(demo_db.sql("SELECT owner_id FROM reminder_sent")["owner_id"])
    assert recorded == set(silent) - {bad}
    # not recorded, so the next try reaches them
    assert bad in {m.owner_id for m in reminders.plan_reminders(demo_db, PLAN, NB, link_for,
                                                                today=TODAY).mails}  # fmt: skip


def test_the_secretariats_text_is_used_checked_and_undone_as_a_batch(demo_db, smtp):
    silent = silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY)
    give_addresses(demo_db, silent)
    with pytest.raises(RemindRefused) as unknown:
        reminders.save_template(
            demo_db, PLAN, "nb", "Emne", "{measures} {link} {eier}", by="Sekretariatet"
        )
    assert "{eier}" in unknown.value.message(NB) and "{owner}" in unknown.value.message(NB)
    with pytest.raises(RemindRefused) as missing:
        reminders.save_template(demo_db, PLAN, "nb", "Emne", "{measures} uten lenke", by="s")
    assert missing.value.code == "missing_fields" and "{link}" in missing.value.message(NB)
    with pytest.raises(RemindRefused) as two_lines:
        reminders.save_template(demo_db, PLAN, "nb", "Emne\nBcc: x@y", "{measures}{link}", by="s")
    assert two_lines.value.code == "subject_line"
    assert demo_db.scalar("SELECT count(*) FROM reminder_template") == 0

    batch = reminders.save_template(
        demo_db,
        PLAN,
        "nb",
        "Status til {plan}, {owner}",
        "Kjære {owner}.\n{measures}\nSvar her: {link}\n(se {{ikke et felt}})",
        by="Sekretariatet",
    )
    assert reminders.template(demo_db, PLAN, NB).batch == batch
    assert reminders.template(demo_db, PLAN, Translator("en")).batch is None  # per language
    planned = reminders.plan_reminders(demo_db, PLAN, NB, link_for, today=TODAY)
    one = planned.mails[0]
    assert one.subject == f"Status til {planned.plan_name}, {one.owner}"
    assert one.body.startswith(f"Kjære {one.owner}.\n- ")
    assert "(se {{ikke et felt}})" in one.body

    undo_batch(demo_db, batch, by="Sekretariatet")
    assert reminders.template(demo_db, PLAN, NB) == reminders.default_template(NB)


@pytest.mark.parametrize(
    ("last", "start", "today", "expected"),
    [
        # a cadence (60 days) after the last meeting, the first on or after today
        (dt.date(2026, 9, 24), None, dt.date(2026, 10, 1), dt.date(2026, 11, 23)),
        (dt.date(2026, 9, 24), None, dt.date(2026, 11, 23), dt.date(2026, 11, 23)),
        (dt.date(2026, 9, 24), None, dt.date(2026, 11, 24), dt.date(2027, 1, 22)),
        (dt.date(2026, 9, 24), None, dt.date(2026, 9, 24), dt.date(2026, 11, 23)),
        # no meeting: cadences from the plan's start
        (None, dt.date(2026, 1, 1), dt.date(2026, 1, 1), dt.date(2026, 3, 2)),
        (None, dt.date(2026, 1, 1), dt.date(2026, 3, 3), dt.date(2026, 5, 1)),
        (None, None, dt.date(2026, 3, 3), None),
    ],
)
def test_the_next_meeting_is_a_cadence_after_the_last(last, start, today, expected):
    assert reminders.next_meeting(last, start, 60, today) == expected


def test_the_schedule_sends_once_in_the_days_before_the_next_meeting(demo_db, smtp):
    silent = silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY)
    give_addresses(demo_db, silent)
    # his-2025: last meeting 24.09.2026, cadence 60 days: next 23.11.2026, due 7 days before
    assert reminders.scheduled_round(demo_db, "http://x", 7, today=dt.date(2026, 11, 15)) == {}
    done = reminders.scheduled_round(demo_db, "http://x", 7, today=dt.date(2026, 11, 16))
    assert {m.owner_id for m in done[PLAN].sent} == set(silent)
    assert reminders.scheduled_round(demo_db, "http://x", 7, today=dt.date(2026, 11, 17)) == {}
    assert len(smtp.received) == len(silent)
    assert set(demo_db.sql("SELECT via FROM reminder_sent")["via"]) == {"schedule"}


def test_each_mail_carries_the_owners_own_link_that_opens_only_their_measures(demo_db, smtp):
    silent = silent_by_sql(demo_db, PLAN, dt.date(2026, 9, 24), TODAY)
    emails = give_addresses(demo_db, silent)
    base = "https://planpuls.his.example"
    _planned, outcome = reminders.remind(
        demo_db, PLAN, NB, base_url=base, by="Sekretariatet", via="page", today=TODAY
    )
    assert {m.owner_id for m in outcome.sent} == set(silent)
    for owner, address in emails.items():
        (got,) = smtp.to(address)
        (line,) = [w for w in got.body.split() if w.startswith(base + "/rapporter_status?link=")]
        token = parse_qs(urlsplit(line).query)["link"][0]
        scope = owner_links.resolve(demo_db, token)
        assert (scope.plan_id, scope.owner_id) == (PLAN, owner)
        # the page the link opens lists the owner's open measures, the mailed ones among them
        assert silent[owner] <= set(owner_links.measures(demo_db, scope)["title"])


def test_the_command_prints_who_gets_what_and_who_is_skipped(demo_env, capsys, smtp):
    db_path = demo_env
    from dashboard.db import Database

    db = Database.open(db_path)
    silent = silent_by_sql(db, PLAN, dt.date(2026, 9, 24), TODAY)
    emails = give_addresses(db, sorted(silent)[1:])
    db.close()
    no_mail = sorted(silent)[0]

    assert main(["remind", "--plan", PLAN, "--dry-run", "--json", "--db", str(db_path)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["dry_run"] is True and answer["since"] == "2026-09-24"
    assert {m["owner_id"]: set(m["measures"]) for m in answer["mails"]} == {
        o: silent[o] for o in emails
    }
    skipped = {s["owner_id"]: s["reason"] for s in answer["skipped"]}
    assert skipped[no_mail] == "no_email" and skipped["his-administrerende-direktor"] == "reported"
    assert smtp.received == []

    assert main(["remind", "--plan", PLAN, "--lang", "en", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert len(smtp.received) == len(emails)
    assert "Skipping" in out and "has no e-mail address" in out
    assert "Sent 2 reminders." in out or f"Sent {len(emails)} reminders." in out
    assert smtp.received[0].message["Subject"].startswith("Reminder: status update for")

    assert main(["remind", "--plan", PLAN, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("har fått påminnelse i dag") == len(emails)
    assert len(smtp.received) == len(emails)


def test_the_command_without_smtp_is_refused_with_exit_1(demo_env, capsys, monkeypatch):
    monkeypatch.delenv("PLANPULS_SMTP_URL", raising=False)
    assert main(["remind", "--plan", PLAN, "--db", str(demo_env)]) == 1
    assert "PLANPULS_SMTP_URL" in capsys.readouterr().err


def test_scheduled_links_start_with_the_public_address_and_without_it_the_log_says_so(
    monkeypatch, caplog
):
    monkeypatch.setenv("PLANPULS_REMIND_DAYS_BEFORE", "7")
    monkeypatch.setenv("PLANPULS_SMTP_URL", "smtp://localhost:2525")
    monkeypatch.delenv("PLANPULS_PUBLIC_URL", raising=False)
    listening = "http://127.0.0.1:8501"  # the server's own address, behind a proxy
    with caplog.at_level(logging.WARNING, logger="planpuls.reminders"):
        assert reminders.schedule_settings(listening) == (7, listening)
    (warned,) = caplog.records  # one clear warning, at the schedule's start
    assert warned.levelno == logging.WARNING
    assert "PLANPULS_PUBLIC_URL is not set" in warned.getMessage()
    assert listening in warned.getMessage()
    caplog.clear()
    monkeypatch.setenv("PLANPULS_PUBLIC_URL", "https://planpuls.example.no/plan/")
    with caplog.at_level(logging.WARNING, logger="planpuls.reminders"):
        assert reminders.schedule_settings(listening) == (7, "https://planpuls.example.no/plan")
        assert owner_links.default_base_url() == "https://planpuls.example.no/plan"  # commands
    assert not caplog.records
    monkeypatch.setenv("PLANPULS_PUBLIC_URL", "planpuls.example.no")
    with caplog.at_level(logging.WARNING, logger="planpuls.reminders"):
        assert reminders.schedule_settings(listening) is None  # a wrong setting: off, said
    assert "PLANPULS_PUBLIC_URL must be an address" in caplog.records[0].getMessage()
    monkeypatch.delenv("PLANPULS_PUBLIC_URL")
    monkeypatch.setenv("PLANPULS_PORT", "8600")
    assert owner_links.default_base_url() == "http://localhost:8600"
