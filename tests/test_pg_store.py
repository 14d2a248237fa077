"""One door, two stores (issue 16): the data layer on DuckDB and on PostgreSQL.

``store`` gives a database holding the demo on each store in turn (DuckDB: a copy of
the demo template; PostgreSQL: a database made from the demo copied in, through
:class:`dashboard.pg.database.PgDatabase`); ``stores`` gives both at once, for a write
then a read on each that must give the same frames (values and dtypes, as the pages see
them). Two PgDatabase on one PostgreSQL database stand for two replicas.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import pytest

from dashboard import auth, edits, meetings, owner_links, plans, publication, queries, settings
from dashboard.backup import BackupRefused, backup
from dashboard.db import Database, DatabaseError, load_sql, open_database, run_script
from dashboard.i18n import message
from dashboard.ingest import batches
from dashboard.pg.database import PgDatabase, display_url
from tests.conftest import TODAY, copy_of_demo
from tests.helpers import cli_here, plan_of_2026
from tests.pg import pg_demo_template, pg_demo_url, pg_empty_url, pg_server  # noqa: F401

PLAN = "his-2025"
NOW = dt.datetime(2026, 11, 23, 10, 0)


def _duck(demo_template: Path, tmp_path: Path) -> Database:
    return Database.open(copy_of_demo(demo_template, tmp_path / "planpuls.duckdb"))


@pytest.fixture(params=["duckdb", "postgresql"])
def store(request, demo_template, tmp_path) -> Iterator[Database]:
    """The demo on each store in turn, opened through open_database as the app does."""
    if request.param == "duckdb":
        db = open_database(str(copy_of_demo(demo_template, tmp_path / "planpuls.duckdb")))
    else:
        db = open_database(request.getfixturevalue("pg_demo_url"))
    yield db
    db.close()


@pytest.fixture
def stores(demo_template, tmp_path, pg_demo_url) -> Iterator[tuple[Database, Database]]:  # noqa: F811
    """The demo on DuckDB and on PostgreSQL, side by side."""
    duck, pg = _duck(demo_template, tmp_path), PgDatabase.open(pg_demo_url)
    yield duck, pg
    duck.close()
    pg.close()


def same(duck: pd.DataFrame, pg: pd.DataFrame, what: str) -> None:
    """The two stores' frames alike: columns, dtypes and values (NaN/None/NaT as DuckDB)."""
    pd.testing.assert_frame_equal(
        duck.reset_index(drop=True),
        pg.reset_index(drop=True),
        obj=what,
        check_exact=False,
    )


def demo_filters(db: Database, plan_id: str) -> queries.Filters:
    plan = queries.plans(db).set_index("id").loc[plan_id]
    start, end, _ = queries.plan_bounds(plan, TODAY)
    return queries.Filters(plan_id, start, end)


# The door -----------------------------------------------------------------------------


def test_the_setting_chooses_the_store_and_no_password_is_shown(
    pg_server,  # noqa: F811
    pg_demo_template,  # noqa: F811
    demo_template,
    tmp_path,
    monkeypatch,
):
    from tests.pg import _drop_database, _new_database, pg_url

    name = _new_database(pg_server, pg_demo_template)
    try:
        url = pg_url(pg_server, name, password="s3cret-word")
        monkeypatch.setenv("PLANPULS_DB", url)
        assert settings.db_target() == url
        with pytest.raises(ValueError, match="PostgreSQL"):
            settings.db_path()
        db = open_database(settings.db_target())
        try:
            assert isinstance(db, PgDatabase) and db.dialect == "postgresql"
            assert "s3cret-word" not in db.path and db.path.startswith("postgresql://postgres@")
            assert db.schema_version() == Database.open(":memory:").schema_version()
            duck = _duck(demo_template, tmp_path)
            assert queries.plans(db)["id"].tolist() == queries.plans(duck)["id"].tolist()
            duck.close()
        finally:
            db.close()
    finally:
        _drop_database(pg_server, name)
    monkeypatch.setenv("PLANPULS_DB", str(tmp_path / "x.duckdb"))
    db = open_database(settings.db_target())
    assert type(db) is Database and db.dialect == "duckdb"
    db.close()
    assert display_url("postgres://u:pw@h:5433/d?password=pw&sslmode=require") == (
        "postgres://u@h:5433/d?sslmode=require"
    )


def test_an_unreachable_database_is_named_without_its_password(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr("dashboard.pg.database.CONNECT_TIMEOUT", 1.0)
    url = f"postgresql://nobody:hunter2@/none?host={tmp_path}&port=55431"
    with caplog.at_level(logging.DEBUG), pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert "hunter2" not in str(caught.value)
    assert "postgresql://nobody@/none" in str(caught.value)
    assert caplog.records  # the pool said why it could not connect, without the password
    assert all("hunter2" not in record.getMessage() for record in caplog.records)
    said = cli_here("plans", "list", "--db", url, env={"PLANPULS_LANG": "en"})
    assert said.returncode == 2
    assert "cannot reach the PostgreSQL database postgresql://nobody@/none" in said.stderr
    assert "hunter2" not in said.stderr + said.stdout and "Traceback" not in said.stderr


def test_migrations_are_applied_on_start_once(pg_empty_url):  # noqa: F811
    first = PgDatabase.open(pg_empty_url)
    newest = Database.open(":memory:").schema_version()
    assert first.schema_version() == newest and first.is_empty()
    second = PgDatabase.open(pg_empty_url)  # a second replica: nothing left to apply
    assert second.migrate() == []
    first.close()
    second.close()


# Reading: the functions of dashboard/queries.py -----------------------------------------


def test_the_page_queries_give_the_same_frames(stores):
    duck, pg = stores
    same(queries.plans(duck), queries.plans(pg), "plans")
    for plan_id in queries.plans(duck)["id"]:
        for read in (queries.goals, queries.owners, queries.organisation_owners, queries.channels):
            same(read(duck, plan_id), read(pg, plan_id), f"{read.__name__} {plan_id}")
        assert queries.cadence_days(duck, plan_id) == queries.cadence_days(pg, plan_id)
        assert queries.metric_ids(duck, plan_id) == queries.metric_ids(pg, plan_id)
        filters = demo_filters(duck, plan_id)
        states = {db.dialect: queries.measure_states(db, filters) for db in stores}
        same(states["duckdb"], states["postgresql"], f"measure_states {plan_id}")
        assert len(states["duckdb"]) > 0
        assert queries.plan_progress(states["duckdb"]) == pytest.approx(
            queries.plan_progress(states["postgresql"])
        )
        same(
            queries.goal_summary(duck, filters, states["duckdb"]),
            queries.goal_summary(pg, filters, states["postgresql"]),
            f"goal_summary {plan_id}",
        )
        for read in (
            queries.status_history,
            queries.goal_progress_over_time,
            queries.goal_kpis,
            queries.channel_headlines,
        ):
            # (goal_kpis' sample_size is a sum of INTEGERs: HUGEINT, float64 on DuckDB;
            # bigint, Int64 on PostgreSQL: the same numbers, NULL as NaN or <NA>)
            ours = read(pg, filters)
            if read is queries.goal_kpis:
                ours["sample_size"] = ours["sample_size"].astype("float64")
            same(read(duck, filters), ours, f"{read.__name__} {plan_id}")
        for grain in queries.GRAINS:
            same(
                queries.channel_series(duck, filters, grain),
                queries.channel_series(pg, filters, grain),
                f"channel_series {grain} {plan_id}",
            )
        assert queries.default_since(duck, filters) == queries.default_since(pg, filters)
        latest = [queries.latest_status_history(db, filters, 5) for db in stores]
        same(latest[0][0], latest[1][0], f"latest_status_history {plan_id}")
        assert latest[0][1:] == latest[1][1:]
        owner = queries.owners(duck, plan_id)["id"].iloc[0]
        narrowed = queries.Filters(plan_id, filters.start, filters.end, owner_id=owner)
        same(
            queries.measure_states(duck, narrowed, as_of=filters.start + dt.timedelta(days=60)),
            queries.measure_states(pg, narrowed, as_of=filters.start + dt.timedelta(days=60)),
            f"measure_states of {owner} {plan_id}",
        )


def test_frames_have_duckdbs_dtypes(stores):
    """What .df() gives for each kind of value: ints, nullable ints, bools, dates, lists,
    NULL as DuckDB gives it (NaN, NaT, None, <NA>)."""
    frames = [queries.plans(db) for db in stores]
    same(*frames, "plans")
    assert str(frames[1]["period_start"].dtype).startswith("datetime64")
    assert str(frames[1]["cadence_days"].dtype) == "Int32"
    shown = [edits.shown(db, "measures", PLAN) for db in stores]
    same(*shown, "the measures to edit (lists of channels and audiences)")


# Writing, then reading ------------------------------------------------------------------


def test_a_meeting_recorded_on_each_store_freezes_the_same_snapshot(stores):
    recorded = [
        meetings.record(db, PLAN, "Styremøte desember", TODAY, by="test", today=TODAY)
        for db in stores
    ]
    duck, pg = stores
    assert meetings.snapshot_size(duck, recorded[0].id) == meetings.snapshot_size(
        pg, recorded[1].id
    )
    assert meetings.snapshot_size(pg, recorded[1].id) > 0
    same(*(meetings.meetings(db, PLAN).drop(columns="recorded_at") for db in stores), "meetings")
    same(
        meetings.snapshot_goals(duck, recorded[0]),
        meetings.snapshot_goals(pg, recorded[1]),
        "snapshot goals",
    )
    same(
        meetings.snapshot_states(duck, recorded[0]),
        meetings.snapshot_states(pg, recorded[1]),
        "snapshot states",
    )
    found = meetings.find(pg, PLAN, "Styremøte desember")
    assert found.id == recorded[1].id and found.date == TODAY
    meetings.remove(pg, found.id)
    assert "Styremøte desember" not in set(meetings.meetings(pg, PLAN)["name"])


def test_a_plan_made_archived_and_listed_alike(stores):
    new = plan_of_2026("ny-plan", "Ny plan", cadence_days=14, description="Prøve")
    for db in stores:
        plans.create_plan(db, new, by="test")
        plans.archive_plan(db, "ny-plan", by="test")
    duck, pg = stores
    for archived in (True, False):
        same(
            plans.list_plans(duck, include_archived=archived).drop(columns="archived_at"),
            plans.list_plans(pg, include_archived=archived).drop(columns="archived_at"),
            "plans",
        )
    assert "ny-plan" in plans.plan_ids(pg)
    assert plans.setup_progress(duck) == plans.setup_progress(pg)
    assert plans.organisations(duck) == plans.organisations(pg)


def edit_first_row(db: Database, table: str, column: str, value) -> int:
    """Change one cell of the first row of a Rediger table and save it; the batch."""
    before = edits.shown(db, table, PLAN)
    after = before.copy()
    after[column] = after[column].astype(object)
    after.at[0, column] = value
    preview = edits.preview(db, table, before, after, plan_id=PLAN)
    assert not preview.problems, preview.problems
    return edits.commit_edit(db, preview, by="test")


def test_an_edit_saved_alike(stores):
    """(Undoing it on PostgreSQL is the upload path's undo, issue 16 item 2: not here.)"""
    saved = [edit_first_row(db, "goals", "title", "Et nytt navn på målet") for db in stores]
    duck, pg = stores
    same(edits.shown(duck, "goals", PLAN), edits.shown(pg, "goals", PLAN), "goals edited")
    assert "Et nytt navn på målet" in set(edits.shown(pg, "goals", PLAN)["title"])
    history = [
        batches.history(db).drop(columns=["created_at", "committed_at"], errors="ignore")
        for db in stores
    ]
    same(*history, "import history")
    assert history[1]["id"].iloc[0] == saved[1]


def test_publication_alike(stores):
    for db in stores:
        publication.publish(db, PLAN, by="test")
    pg = stores[1]
    assert publication.status(pg, PLAN).published
    same(*(publication.public_plans(db).drop(columns="published_at") for db in stores), "public")
    for db in stores:
        publication.unpublish(db, PLAN, by="test")
    assert not publication.status(pg, PLAN).published
    assert publication.public_plans(pg).empty


def test_owner_links_alike(stores):
    duck, pg = stores
    owner = queries.owners(duck, PLAN)["id"].iloc[0]
    tokens = [owner_links.issue(db, PLAN, owner, by="test", now=NOW) for db in stores]
    listings = [owner_links.listing(db, PLAN, now=NOW) for db in stores]
    assert len(listings[1]) == 1
    same(
        listings[0].drop(columns=["id"], errors="ignore"),
        listings[1].drop(columns=["id"], errors="ignore"),
        "owner links",
    )
    scopes = [
        owner_links.resolve(db, token, now=NOW) for db, token in zip(stores, tokens, strict=True)
    ]
    assert scopes[1] is not None and scopes[1].owner_id == owner
    same(
        owner_links.measures(duck, scopes[0], TODAY),
        owner_links.measures(pg, scopes[1], TODAY),
        "the owner's measures",
    )


# Sign-in across replicas and the data version ---------------------------------------------


def test_a_session_made_on_one_replica_holds_on_the_other(pg_demo_url, monkeypatch):  # noqa: F811
    monkeypatch.delenv("PLANPULS_SECRET", raising=False)
    one, two = PgDatabase.open(pg_demo_url), PgDatabase.open(pg_demo_url)
    try:
        assert auth.secret(one) == auth.secret(two)  # the database's, shared
        auth.add_user(one, "kari", "admin", "et langt passord 123", by="test")
        assert "kari" in set(auth.list_users(two)["name"])
        assert (
            auth.sign_in(two, "kari", "et langt passord 123", address=None, at=NOW).name == "kari"
        )
        token = auth.start_session(one, "kari", at=NOW)
        seen = auth.read_session(two, token, at=NOW + dt.timedelta(minutes=5))
        assert seen is not None and seen.name == "kari" and seen.role == "admin"
        assert auth.end_session(two, token, at=NOW + dt.timedelta(minutes=6))
        assert auth.read_session(one, token, at=NOW + dt.timedelta(minutes=7)) is None
    finally:
        one.close()
        two.close()


def test_a_write_on_one_replica_raises_the_version_the_other_reads(pg_demo_url):  # noqa: F811
    one, two = PgDatabase.open(pg_demo_url), PgDatabase.open(pg_demo_url)
    try:
        before = two.version
        assert one.version == before
        publication.publish(one, PLAN, by="test")
        assert two.version == before + 1
        with pytest.raises(ZeroDivisionError), one.write() as cur:  # fails: rolled back
            cur.execute(load_sql("auth_secret_keep"), {"value": "never kept"})
            raise ZeroDivisionError
        assert two.version == before + 1
        assert two.scalar(load_sql("auth_secret_stored")) != "never kept"
        assert batches.data_version(one) == batches.data_version(two)
    finally:
        one.close()
        two.close()


def test_a_registered_frame_reads_back_as_on_duckdb_and_scripts_run(stores):
    """A frame registered on a cursor (meetings, the demo, generate) is a temporary table
    on PostgreSQL; it reads back as DuckDB reads the frame, and is gone after unregister."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b", None],
            "n": [1, 2, 3],
            "x": [1.5, float("nan"), 3.0],
            "on": [dt.date(2026, 1, 2), None, dt.date(2026, 3, 4)],
            "tags": [["p", "q"], [], None],
            "ok": [True, False, True],
        }
    )
    read = []
    for db in stores:
        with db.write() as cur:
            cur.register("frame_rows", frame)
            read.append(cur.execute("SELECT * FROM frame_rows").df())
            cur.unregister("frame_rows")
    duck, pg = read
    pd.testing.assert_frame_equal(duck.drop(columns="tags"), pg.drop(columns="tags"))
    assert (
        [list(v) for v in duck["tags"][:2]] == [list(v) for v in pg["tags"][:2]] == [["p", "q"], []]
    )
    assert pd.isna(duck["tags"][2]) and pd.isna(pg["tags"][2])
    with pg_cursor(stores[1]) as cur, pytest.raises(Exception, match="frame_rows"):
        cur.execute("SELECT * FROM frame_rows")
    # a multi-statement file: each statement of the PostgreSQL text runs
    meeting = meetings.record(stores[1], PLAN, "Slettes", TODAY, by="test", today=TODAY)
    with stores[1].write() as cur:
        run_script(cur, load_sql("meeting_delete"), {"id": meeting.id})
    assert "Slettes" not in set(meetings.meetings(stores[1], PLAN)["name"])


def pg_cursor(db: Database):
    return db.cursor()


# What PostgreSQL refuses -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_backup_is_refused_on_postgresql_pointing_to_pg_dump(pg_demo_url, tmp_path, lang):  # noqa: F811
    db = PgDatabase.open(pg_demo_url)
    try:
        with pytest.raises(BackupRefused) as refused:
            backup(db, tmp_path / "copy.duckdb")
        text = message(f"backup.{refused.value.code}", lang, **refused.value.params)
        assert "pg_dump" in text and "PostgreSQL" in text and db.path in text
        assert not (tmp_path / "copy.duckdb").exists()
    finally:
        db.close()


def test_the_command_line_opens_postgresql_itself(pg_demo_url, tmp_path):  # noqa: F811
    listed = cli_here("plans", "list", "--db", pg_demo_url)
    assert listed.returncode == 0, listed.stderr
    assert "his-2025" in listed.stdout
    refused = cli_here("backup", str(tmp_path / "b.duckdb"), "--db", pg_demo_url)
    assert refused.returncode == 1
    assert "pg_dump" in refused.stderr + refused.stdout
    assert not (tmp_path / "b.duckdb").exists()
    url = "postgresql://u:pw@/planpuls?host=/nowhere"
    generated = cli_here("generate", "--scale", "S", "--db", url, env={"PLANPULS_LANG": "en"})
    assert generated.returncode == 2
    assert "DuckDB files only" in generated.stderr and "pw" not in generated.stderr
    assert not Path("postgresql:").exists()


def test_the_board_reports_are_the_same(stores):
    """The status report (Word/PowerPoint/PDF's content) of a date and of a recorded
    meeting, for every demo plan, built from each store."""
    from dashboard.i18n import Translator
    from dashboard.reports import report_for

    t = Translator("nb")
    duck = stores[0]
    with_meetings = 0
    for plan_id in queries.plans(duck)["id"]:
        built = [report_for(db, plan_id, t, as_of=TODAY, generated=TODAY) for db in stores]
        assert built[0] == built[1], plan_id
        found = [meetings.all_meetings(db, plan_id) for db in stores]
        assert [m.name for m in found[0]] == [m.name for m in found[1]]
        if found[0]:
            built = [
                report_for(db, plan_id, t, meeting=m[-1], generated=TODAY)
                for db, m in zip(stores, found, strict=True)
            ]
            assert built[0] == built[1], f"{plan_id} {found[0][-1].name}"
            assert built[1].goals
            with_meetings += 1
    assert with_meetings >= 1


def test_the_api_answers_the_same_from_either_store(stores, monkeypatch):
    """The public reading routes of /api/v1 for every demo plan (open access, as the demo)."""
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    from dashboard import server

    monkeypatch.setenv("PLANPULS_ACCESS", "open")
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    clients = [
        TestClient(Starlette(routes=server.routes(lambda db=db: db)), follow_redirects=False)
        for db in stores
    ]
    paths = ["/api/v1/plans"]  # (/imports needs a key: the upload history is not public)
    for plan_id in queries.plans(stores[0])["id"]:
        paths += [f"/api/v1/plans/{plan_id}/{what}" for what in ("goals", "measures", "metrics")]
    for path in paths:
        answers = [client.get(path) for client in clients]
        assert answers[0].status_code == answers[1].status_code == 200, (path, answers[1].text)
        assert answers[0].json() == answers[1].json(), path
    health = clients[1].get("/api/v1/health").json()
    assert health["schema_version"] == stores[0].schema_version()
    # the database's name, not the URL's tail with its host folder (nor the password)
    name = urlsplit(stores[1].path).path.lstrip("/")
    assert health["database"] == name and name.startswith("store_") and "?" not in name, health
    measures = clients[1].get(f"/api/v1/plans/{PLAN}/measures").json()
    assert len(next(v for v in measures.values() if isinstance(v, list))) >= 10, measures


def test_times_are_in_utc_whatever_the_servers_zone_with_no_jit_and_custom_plans(pg_server):  # noqa: F811
    from tests.pg import _drop_database, _new_database, pg_url

    name = _new_database(pg_server)
    with pg_server.connect(autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE \"{name}\" SET TimeZone = 'Pacific/Auckland'")
    db = PgDatabase.open(pg_url(pg_server, name))  # migrations: DEFAULT current_timestamp
    try:
        stamped = db.scalar("SELECT max(applied_at) FROM schema_version")
        assert abs(stamped - auth.now()) < dt.timedelta(minutes=5), stamped
        assert db.scalar("SELECT current_setting('jit')") == "off"  # (the pages' speed)
        assert db.scalar("SELECT current_setting('plan_cache_mode')") == "force_custom_plan"
    finally:
        db.close()
        _drop_database(pg_server, name)


def test_init_demo_and_an_account_from_the_command_line_on_postgresql(pg_server):  # noqa: F811
    from tests.pg import _drop_database, _new_database, pg_url

    name = _new_database(pg_server)
    url = pg_url(pg_server, name, password="cli-secret")
    try:
        made = cli_here("init", "--db", url)
        assert made.returncode == 0, made.stderr
        assert "cli-secret" not in made.stdout + made.stderr
        assert f"/{name}" in made.stdout
        loaded = cli_here("demo", "--db", url)
        assert loaded.returncode == 0, loaded.stderr
        added = cli_here(
            "users", "add", "ola", "--role", "viewer", "--db", url, stdin="et langt passord 123\n"
        )
        assert added.returncode == 0, added.stderr
        listed = cli_here("users", "list", "--db", url)
        assert "ola" in listed.stdout
        db = PgDatabase.open(url)
        try:
            assert "his-2025" in plans.plan_ids(db)
            assert auth.sign_in(db, "ola", "et langt passord 123", address=None).role == "viewer"
        finally:
            db.close()
    finally:
        _drop_database(pg_server, name)


def test_the_demo_removed_alike(stores):
    """Kom i gang's "remove the demo": a script of temporary tables and deletes."""
    removed = [plans.remove_demo(db, by="test") for db in stores]
    assert removed[0] == removed[1] and PLAN in removed[1].plans
    assert queries.plans(stores[1]).empty and queries.plans(stores[0]).empty
    assert plans.setup_progress(stores[0]) == plans.setup_progress(stores[1])
    same(*(batches.history(db)[["id", "kind", "state"]] for db in stores), "batches")


def test_reminders_planned_sent_and_recorded_alike(stores, monkeypatch):
    """Owners given addresses, the plan's reminders mailed (a local SMTP server) and
    recorded, and not mailed twice on one day; the same on both stores."""
    from dashboard import reminders
    from dashboard.board.emails import set_owner_emails
    from dashboard.i18n import Translator
    from tests.helpers_remind import SmtpServer

    server = SmtpServer().start()
    monkeypatch.setenv("PLANPULS_SMTP_URL", server.url)
    monkeypatch.setenv("PLANPULS_SMTP_FROM", "planpuls@his.example")
    t = Translator("nb")
    try:
        planned, sent = [], []
        for db in stores:
            owners = queries.owners(db, PLAN)["id"]
            set_owner_emails(db, {o: f"{o}@his.example" for o in owners})
            plan = reminders.plan_reminders(db, PLAN, t, lambda o: f"https://x/?t={o}", today=TODAY)
            planned.append(plan)
            sent.append(reminders.send(db, plan, by="test", via="page", today=TODAY))
        assert planned[0] == planned[1] and planned[1].mails
        assert [m.owner_id for m in sent[0].sent] == [m.owner_id for m in sent[1].sent]
        assert len(sent[1].sent) == len(planned[1].mails)
        same(*(reminders.sent(db, PLAN).drop(columns="sent_at") for db in stores), "sent")
        again = reminders.plan_reminders(stores[1], PLAN, t, lambda o: o, today=TODAY)
        assert again.mails == ()  # mailed today already
    finally:
        server.stop()


def test_measures_targets_owners_channels_audiences_edited_alike(stores):
    """The Rediger tables of measures (their previous rows kept as JSON, made per
    dialect), targets, owners, channels and target groups."""
    import json

    for db in stores:
        edit_first_row(db, "measures", "title", "Et tiltak med nytt navn")
        edit_first_row(db, "targets", "target", 1234.5)
        edit_first_row(db, "owners", "name", "Ny eier")
        edit_first_row(db, "channels", "name", "Ny kanal")
        edit_first_row(db, "audiences", "name", "Ny målgruppe")
    for table in ("measures", "targets", "owners", "channels", "audiences", "levels"):
        same(*(edits.shown(db, table, PLAN) for db in stores), f"{table} edited")
    assert "Et tiltak med nytt navn" in set(edits.shown(stores[1], "measures", PLAN)["title"])
    previous = [
        json.loads(db.scalar("SELECT previous FROM batch_change WHERE table_name = 'measure'"))
        for db in stores
    ]
    assert previous[0] == previous[1] and previous[1]["title"] and "channels" in previous[1]
