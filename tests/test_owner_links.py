"""Owners' personal links (issue 15): what a link opens, what it refuses, what a report
writes (one batch that undo removes), and the approval queue."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import auth, owner_links
from dashboard.i18n import Translator
from dashboard.ingest.batches import undo
from dashboard.owner_links import LinkRefused, Report, ReportRefused
from tests.conftest import TODAY

PLAN = "his-2025"
OWNER = "Kommunikasjonsansvarlig"
OTHER = "Administrerende direktør"


@pytest.fixture
def linked(demo_db, monkeypatch):
    """The demo with today fixed, and a link for OWNER in PLAN."""
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    return demo_db, owner_links.issue(demo_db, PLAN, OWNER, by="sekretariat")


def _open_measures(db, plan: str, owner: str) -> list[str]:
    """The owner's open measures counted in SQL here, independently of the module."""
    rows = db.sql(
        """
        WITH last AS (
            SELECT measure_id, arg_max(status, (update_date, id)) AS status
            FROM status_update WHERE update_date <= $today GROUP BY measure_id)
        SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id
        JOIN owner o ON o.id = m.owner_id LEFT JOIN last l ON l.measure_id = m.id
        WHERE g.plan_id = $plan AND o.name = $owner AND m.archived_at IS NULL
          AND coalesce(l.status, 'not_started') NOT IN ('done', 'cancelled')
        ORDER BY m.id
        """,
        {"plan": plan, "owner": owner, "today": TODAY},
    )
    return rows["id"].tolist()


def _updates(db) -> int:
    return int(db.scalar("SELECT count(*) FROM status_update"))


def test_a_link_opens_exactly_its_owners_open_measures(linked):
    db, token = linked
    scope = owner_links.resolve(db, token)
    assert (scope.plan_id, scope.owner) == (PLAN, OWNER)
    shown = sorted(owner_links.measures(db, scope)["id"])
    assert shown == _open_measures(db, PLAN, OWNER)
    assert shown and not set(shown) & set(_open_measures(db, PLAN, OTHER))
    assert owner_links.url("https://planpuls.example.no/", token) == (
        f"https://planpuls.example.no/rapporter_status?link={token}"
    )


def test_a_link_cannot_write_another_owners_measure(linked):
    db, token = linked
    theirs = _open_measures(db, PLAN, OTHER)[0]
    before = _updates(db)
    with pytest.raises(LinkRefused) as refused:
        owner_links.submit(db, token, [Report(theirs, "at_risk", 10, "x")])
    assert refused.value.code == "not_yours"
    assert theirs in refused.value.message(Translator("nb"))
    # a measure of another plan, or one made up, is refused the same way
    with pytest.raises(LinkRefused):
        owner_links.submit(db, token, [Report("hdir-t01", "on_track", 50, None)])
    assert _updates(db) == before


@pytest.mark.parametrize("how", ["expired", "revoked", "tampered", "unknown"])
def test_expired_revoked_tampered_and_unknown_links_are_refused(linked, how):
    db, token = linked
    at = None
    if how == "expired":
        at = auth.now() + dt.timedelta(days=30, seconds=1)  # PLANPULS_LINK_DAYS default 30
    elif how == "revoked":
        assert owner_links.revoke(db, PLAN, OWNER, by="sekretariat") == 1
    elif how == "tampered":
        link_id, secret, signature = token.split(".")
        token = f"{link_id}.{secret[:-1]}{'A' if secret[-1] != 'A' else 'B'}.{signature}"
    else:  # well signed, but not a link of this database
        db.sql("DELETE FROM owner_link")
    before = _updates(db)
    with pytest.raises(LinkRefused) as refused:
        owner_links.resolve(db, token, at)
    assert refused.value.code == how
    with pytest.raises(LinkRefused):
        owner_links.submit(db, token, [Report(_open_measures(db, PLAN, OWNER)[0], "done")], now=at)
    assert _updates(db) == before
    outcomes = db.sql("SELECT outcome FROM owner_link_attempt")["outcome"].tolist()
    assert outcomes == [how, how]  # every attempt is logged
    for lang in ("nb", "nn", "en"):
        assert refused.value.message(Translator(lang)) != refused.value.key


def test_a_used_link_says_when_how_many_and_what_became_of_it_and_takes_a_correction(linked):
    db, token = linked
    first, second = _open_measures(db, PLAN, OWNER)[:2]
    assert owner_links.last_report(db, owner_links.resolve(db, token)) is None  # never used
    sent_at = dt.datetime(2026, 11, 23, 9, 15, 30)
    reports = [Report(first, "at_risk", 30, "Venter på leverandør"), Report(second, "on_track")]
    done = owner_links.submit(db, token, reports, now=sent_at)
    last = owner_links.last_report(db, owner_links.resolve(db, token))
    assert last == owner_links.LastReport(sent_at, 2, "saved", None, None, True)
    # a correction is a new report, a new batch; the link works on until it expires
    later = sent_at + dt.timedelta(hours=2)
    again = owner_links.submit(db, token, [Report(first, "delayed", 20, "Rettet")], now=later)
    assert again.batch_id not in (None, done.batch_id)
    last = owner_links.last_report(db, owner_links.resolve(db, token))
    assert (last.sent_at, last.measures, last.state) == (later, 1, "saved")
    just_before = auth.now() + dt.timedelta(days=29, hours=23)
    assert owner_links.resolve(db, token, just_before).owner == OWNER
    # a new link of the same owner tells of the report sent through the earlier one
    fresh = owner_links.issue(db, PLAN, OWNER, by="sekretariat")
    earlier = owner_links.last_report(db, owner_links.resolve(db, fresh))
    assert (earlier.sent_at, earlier.this_link) == (later, False)
    # and another owner's link tells nothing of this one's reports
    theirs = owner_links.issue(db, PLAN, OTHER, by="sekretariat")
    assert owner_links.last_report(db, owner_links.resolve(db, theirs)) is None


def test_failed_attempts_are_throttled_per_address(linked):
    db, token = linked
    at = auth.now()
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(LinkRefused):
            owner_links.resolve(db, "nothing.of.value", at, address="10.0.0.9")
    with pytest.raises(LinkRefused) as refused:
        owner_links.resolve(db, token, at, address="10.0.0.9")  # even a good link waits
    assert refused.value.code == "throttled"
    assert refused.value.params["seconds"] == auth.FIRST_WAIT_SECONDS
    assert owner_links.resolve(db, token, at, address="10.0.0.8").owner == OWNER
    later = at + dt.timedelta(seconds=auth.FIRST_WAIT_SECONDS + 1)
    assert owner_links.resolve(db, token, later, address="10.0.0.9").owner == OWNER


def test_only_a_hash_of_the_secret_is_stored(linked):
    db, token = linked
    link_id, secret, _signature = token.split(".")
    stored = [str(v) for v in db.sql("SELECT * FROM owner_link").to_numpy().ravel()]
    assert link_id in stored
    assert not any(secret in value for value in stored)
    listed = owner_links.listing(db, PLAN)
    assert listed["owner"].tolist() == [OWNER] and listed["state"].tolist() == ["live"]
    assert "secret_hash" not in listed


def test_a_report_is_one_batch_by_the_owner_and_undo_removes_it(linked):
    db, token = linked
    first, second = _open_measures(db, PLAN, OWNER)[:2]
    before = _updates(db)
    sent_at = dt.datetime(2026, 11, 23, 10, 0)
    sent = owner_links.submit(
        db,
        token,
        [Report(first, "at_risk", 35, "Forsinket av ferie"), Report(second, "done", 100, None)],
        now=sent_at,
    )
    assert sent.batch_id is not None and sent.submission_id is None
    batch = db.sql("SELECT * FROM import_batch WHERE id = $b", {"b": sent.batch_id}).iloc[0]
    assert (batch["kind"], batch["created_by"], batch["rows_added"]) == (
        "owner_link",
        f"{OWNER} via link",
        2,
    )
    written = db.sql(
        "SELECT measure_id, CAST(update_date AS VARCHAR), status, progress, coalesce(comment, ''), "
        "reported_by "
        "FROM status_update WHERE import_batch_id = $b ORDER BY measure_id",
        {"b": sent.batch_id},
    )
    assert written.values.tolist() == sorted(
        [
            [first, "2026-11-23", "at_risk", 35.0, "Forsinket av ferie", OWNER],
            [second, "2026-11-23", "done", 100.0, "", OWNER],
        ],
        key=lambda row: row[0],
    )
    # the done measure is no longer open, so the link no longer shows it
    assert second not in set(owner_links.measures(db, owner_links.resolve(db, token))["id"])
    scope = owner_links.resolve(db, token)
    assert owner_links.last_report(db, scope) == owner_links.LastReport(
        sent_at, 2, "saved", None, None, True
    )
    undo(db, sent.batch_id, by="sekretariat")
    assert _updates(db) == before
    assert second in set(owner_links.measures(db, scope)["id"])
    assert owner_links.last_report(db, scope).state == "undone"  # the page says so


def test_a_bad_value_is_refused_with_its_line_and_field_and_changes_nothing(linked):
    db, token = linked
    first, second = _open_measures(db, PLAN, OWNER)[:2]
    before = _updates(db)
    with pytest.raises(ReportRefused) as refused:
        owner_links.submit(
            db, token, [Report(first, "on_track", 50, None), Report(second, "on_track", 140, "")]
        )
    (problem,) = refused.value.preview.problems
    assert (problem.line, problem.column, problem.code) == (3, "progress", "progress_range")
    assert problem.measure.startswith(second)
    assert _updates(db) == before


def test_with_approval_a_report_waits_and_approval_writes_one_batch(linked):
    db, token = linked
    owner_links.set_needs_approval(db, PLAN, True, by="sekretariat")
    first, second = _open_measures(db, PLAN, OWNER)[:2]
    before = _updates(db)
    sent = owner_links.submit(
        db, token, [Report(first, "delayed", 20, "Mangler budsjett"), Report(second, "on_track")]
    )
    assert sent.batch_id is None and sent.submission_id is not None
    assert _updates(db) == before  # nothing in the plan yet
    queue = owner_links.pending(db, PLAN)
    assert queue["measure_id"].tolist() == [first, second]
    assert owner_links.plans_waiting(db) == {PLAN}  # the queue asks only this plan
    assert set(queue["owner"]) == {OWNER}
    scope = owner_links.resolve(db, token)
    assert owner_links.last_report(db, scope).state == "pending"
    decided = dt.datetime(2026, 11, 24, 8, 0)
    batch = owner_links.approve(db, sent.submission_id, by="sekretariat", now=decided)
    last = owner_links.last_report(db, scope)
    assert (last.measures, last.state, last.decided_at) == (2, "approved", decided)
    assert owner_links.pending(db, PLAN).empty and owner_links.plans_waiting(db) == set()
    dates = db.sql(
        "SELECT DISTINCT CAST(update_date AS VARCHAR) AS d FROM status_update "
        "WHERE import_batch_id = $b",
        {"b": batch},
    )["d"].tolist()
    assert dates == ["2026-11-23"]  # the day the owner sent it
    assert _updates(db) == before + 2
    with pytest.raises(LinkRefused) as twice:
        owner_links.approve(db, sent.submission_id, by="sekretariat")
    assert twice.value.code == "no_such_submission"
    undo(db, batch, by="sekretariat")
    assert _updates(db) == before


def test_a_returned_report_writes_nothing_and_the_owner_reads_the_comment(linked):
    db, token = linked
    owner_links.set_needs_approval(db, PLAN, True, by="sekretariat")
    first = _open_measures(db, PLAN, OWNER)[0]
    before = _updates(db)
    sent = owner_links.submit(db, token, [Report(first, "done", 100, None)])
    with pytest.raises(LinkRefused):
        owner_links.give_back(db, sent.submission_id, "  ", by="sekretariat")
    owner_links.give_back(db, sent.submission_id, "Er rapporten levert?", by="sekretariat")
    assert owner_links.pending(db, PLAN).empty
    assert _updates(db) == before
    last = owner_links.last_report(db, owner_links.resolve(db, token))
    assert (last.measures, last.state, last.comment) == (1, "returned", "Er rapporten levert?")


def test_links_on_the_command_line_create_list_and_revoke(tmp_path, demo_template, monkeypatch):
    from tests.conftest import copy_of_demo
    from tests.helpers import cli

    path = copy_of_demo(demo_template, tmp_path / "p.duckdb")
    made = cli(
        "links", "create", "--plan", PLAN, "--owner", OWNER, "--base-url", "https://pp.no",
        db_path=path,
    )  # fmt: skip
    assert made.returncode == 0 and made.stdout.startswith("https://pp.no/rapporter_status?link=")
    assert OWNER in made.stderr
    # without --base-url: PLANPULS_PUBLIC_URL (the address behind the proxy), not localhost
    monkeypatch.setenv("PLANPULS_PUBLIC_URL", "https://planpuls.example.no/")
    public = cli("links", "create", "--plan", PLAN, "--owner", OWNER, db_path=path)
    assert public.stdout.startswith("https://planpuls.example.no/rapporter_status?link=")
    monkeypatch.setenv("PLANPULS_PUBLIC_URL", "planpuls.example.no")  # no scheme: refused
    wrong = cli("links", "create", "--plan", PLAN, "--owner", OWNER, "--lang", "en", db_path=path)
    said = Translator("en")("ownerlink.refused.bad_public_url", value="planpuls.example.no")
    assert (wrong.returncode, wrong.stdout, wrong.stderr.strip()) == (1, "", f"error: {said}")
    listed = cli("links", "list", "--plan", PLAN, "--json", db_path=path)
    assert listed.returncode == 0
    assert f'"owner":"{OWNER}"' in listed.stdout and '"state":"live"' in listed.stdout
    revoked = cli("links", "revoke", "--plan", PLAN, "--owner", OWNER, db_path=path)
    assert (revoked.returncode, revoked.stdout.strip()) == (
        0,
        f"2 lenke(r) til {OWNER} er trukket tilbake.",  # the refused create made none
    )
    refused = cli(
        "links", "revoke", "--plan", PLAN, "--owner", "Ingen", "--lang", "en", db_path=path
    )
    said = Translator("en")("ownerlink.refused.no_owner", owner="Ingen", plan=PLAN)
    assert (refused.returncode, refused.stderr.strip()) == (1, f"error: {said}")


def _batches(db) -> list[list]:
    return db.sql(
        "SELECT id, kind, created_by, state FROM import_batch ORDER BY id"
    ).values.tolist()


def test_the_approval_setting_is_a_batch_that_undo_takes_back(demo_db):
    db = demo_db
    assert owner_links.approval(db, PLAN) == owner_links.Approval(False)
    before = _batches(db)
    at = dt.datetime(2026, 11, 23, 12, 0)
    on = owner_links.set_needs_approval(db, PLAN, True, by="sekretariat", now=at)
    assert owner_links.set_needs_approval(db, PLAN, True, by="sekretariat") is None  # so already
    assert _batches(db) == [*before, [on, "owner_approval_on", "sekretariat", "committed"]]
    assert owner_links.approval(db, PLAN) == owner_links.Approval(True, at, "sekretariat", on)
    off = owner_links.set_needs_approval(db, PLAN, False, by="leder")
    assert _batches(db)[-1] == [off, "owner_approval_off", "leder", "committed"]
    assert not owner_links.needs_approval(db, PLAN)
    undo(db, off, by="sekretariat")  # the switch before it is in force again
    assert owner_links.approval(db, PLAN) == owner_links.Approval(True, at, "sekretariat", on)
    undo(db, on, by="sekretariat")
    assert owner_links.approval(db, PLAN) == owner_links.Approval(False)
    with pytest.raises(LinkRefused) as refused:
        owner_links.set_needs_approval(db, "ingen-plan", True, by="sekretariat")
    assert refused.value.code == "no_plan"


def test_making_and_revoking_links_are_recorded_with_who_and_when_and_are_no_batches(demo_db):
    db = demo_db
    before = _batches(db)
    made_at = dt.datetime(2026, 11, 20, 9, 0)
    revoked_at = dt.datetime(2026, 11, 22, 16, 30)
    owner_links.issue(db, PLAN, OWNER, by="sekretariat", now=made_at)
    assert owner_links.revoke(db, PLAN, OWNER, by="leder", now=revoked_at) == 1
    listed = owner_links.listing(db, PLAN, now=revoked_at).iloc[0]
    assert (listed["created_at"], listed["created_by"]) == (made_at, "sekretariat")
    assert (listed["revoked_at"], listed["revoked_by"], listed["state"]) == (
        revoked_at,
        "leder",
        "revoked",
    )
    assert _batches(db) == before  # security actions, not plan data: nothing to undo


def test_settings_and_reports_from_before_migration_19_are_kept(tmp_path):
    from dashboard.db import Database, migrations

    older = tmp_path / "migrations"
    older.mkdir()
    for version, path in migrations():
        if version < 19:
            (older / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    db = Database.open(tmp_path / "old.duckdb", migrations_dir=older)
    with db.write() as cur:
        cur.execute(
            "INSERT INTO plan_owner_review VALUES ('p1', true, '2026-11-01 10:00', 'sekretariat')"
        )
        cur.execute(
            "INSERT INTO owner_submission (link_id, plan_id, owner_id, owner_name, submitted_at, "
            "report_date, reports, state, comment) VALUES ('l1', 'p1', 'o1', 'Eier', "
            "'2026-11-02 11:00', '2026-11-02', '[{\"measure_id\": \"m1\"}]', 'returned', 'Rett')"
        )
    db.migrate()
    assert owner_links.approval(db, "p1") == owner_links.Approval(
        True, dt.datetime(2026, 11, 1, 10, 0), "sekretariat", None
    )
    scope = owner_links.Scope("l1", "p1", "P", "o1", "Eier", dt.datetime(2026, 12, 1))
    assert owner_links.last_report(db, scope) == owner_links.LastReport(
        dt.datetime(2026, 11, 2, 11, 0), 1, "returned", None, "Rett", True
    )
    db.close()
