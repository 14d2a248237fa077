"""Backup and restore (issue 11, item 3): a consistent copy while the app runs, put back whole.

What a person checks after a restore is that everything is there: every table holds
the same rows as the database the backup was taken of, the schema version is the
same, and the next import batch gets the number it would have got. The copies here
are compared table by table with the source, read with SQL written in the test.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import pytest

from dashboard import auth, backup, settings, tokens
from dashboard.cli import main
from dashboard.db import Database, migrations
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, commit
from tests.conftest import TODAY
from tests.figures import report

PLAN = "his-2025"
NEWEST = migrations()[-1][0]


def status_file(day: dt.date, note: str) -> bytes:
    """Two status updates on one day (a batch of two rows)."""
    return (
        "tiltak_id;dato;status;fremdrift;kommentar\n"
        f"his-t02;{day:%d.%m.%Y};Gul;40 %;{note}\n"
        f"his-t04;{day:%d.%m.%Y};På sporet;55 %;{note}\n"
    ).encode()


def upload(db: Database, day: dt.date, note: str = "status") -> int:
    done = commit(db, Upload(status_file(day, note), f"{note}.csv", PLAN, today=TODAY), by="test")
    assert done.batch_id is not None
    return done.batch_id


def tables(db_or_con) -> dict[str, pd.DataFrame]:
    """Every table of the database with its rows in a fixed order."""
    con = db_or_con
    names = con.sql(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "ORDER BY table_name"
    )["table_name"].tolist()
    return {name: con.sql(f'SELECT * FROM "{name}" ORDER BY ALL') for name in names}


def assert_same_tables(source: Database, copy: Database) -> None:
    expected, found = tables(source), tables(copy)
    assert list(found) == list(expected)
    for name, rows in expected.items():
        pd.testing.assert_frame_equal(found[name], rows, check_dtype=True, obj=name)


def next_values(db: Database) -> dict[str, int]:
    """The next number of every sequence (taken: call on a database you are done with)."""
    names = db.sql(
        "SELECT sequence_name FROM duckdb_sequences() WHERE database_name = current_database() "
        "ORDER BY ALL"
    )["sequence_name"].tolist()
    return {name: int(db.scalar(f"SELECT nextval('{name}')")) for name in names}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def busy_template(tmp_path_factory, demo_template) -> Path:
    """The demo with what a database in use holds: uploads, an undone batch, accounts,
    a session, a failed sign-in, an API token (built once; tests get a copy)."""
    path = tmp_path_factory.mktemp("busy") / "planpuls.duckdb"
    shutil.copyfile(demo_template, path)
    db = Database.open(path)
    upload(db, dt.date(2026, 11, 17), "first")
    undone = upload(db, dt.date(2026, 11, 18), "undone")
    upload(db, dt.date(2026, 11, 19), "kept")
    undo(db, undone, by="test")
    auth.add_user(db, "sekretariatet", "admin", "et-langt-testpassord", by="test")
    auth.add_user(db, "leser", "viewer", "et-langt-testpassord", by="test")
    auth.start_session(db, "leser", user_agent="pytest", address="127.0.0.1")
    with pytest.raises(auth.AuthError):
        auth.sign_in(db, "leser", "feil", address="127.0.0.1")
    tokens.create(db, "sekretariatet", "secretariat", "GA4 nightly", by="test")
    db.close()
    return path


@pytest.fixture
def busy_db(busy_template, tmp_path):
    path = tmp_path / "planpuls.duckdb"
    shutil.copyfile(busy_template, path)
    db = Database.open(path)
    yield db
    db.close()


# Backup --------------------------------------------------------------------------------


def test_the_copy_opens_and_holds_every_row_of_every_table(busy_db, tmp_path):
    db = busy_db
    undone = db.sql("SELECT count(*) AS n FROM import_batch WHERE undone_at IS NOT NULL")
    assert undone["n"][0] == 1  # (the fixture holds what it says)
    written = backup.backup(db, tmp_path / "kopi.duckdb")
    assert written == tmp_path / "kopi.duckdb"
    assert sorted(p.name for p in tmp_path.iterdir() if "kopi" in p.name) == ["kopi.duckdb"]
    copy = Database.open(written)
    try:
        assert copy.schema_version() == db.schema_version() == NEWEST
        assert_same_tables(db, copy)
        assert len(tables(copy)["auth_session"]) == 1
        assert len(tables(copy)["app_user"]) == 2
        assert next_values(copy) == next_values(db)
    finally:
        copy.close()


def test_a_write_still_in_the_wal_is_in_the_copy(demo_db, tmp_path):
    db = demo_db
    with db.cursor() as cur:  # committed, not checkpointed: it lives in the .wal only
        cur.execute("INSERT INTO app_setting (key, value) VALUES ('only-in-wal', 'ja')")
    assert Path(db.path + ".wal").exists()
    copy = Database.open(backup.backup(db, tmp_path / "kopi.duckdb"))
    try:
        assert copy.scalar("SELECT value FROM app_setting WHERE key = 'only-in-wal'") == "ja"
    finally:
        copy.close()


COPIES = 3


def test_every_batch_is_whole_or_absent_in_copies_taken_while_uploads_run(demo_db, tmp_path):
    db = demo_db
    committed: list[int] = []
    stop = threading.Event()
    failures: list[BaseException] = []

    def uploader() -> None:
        day = dt.date(2024, 1, 1)
        try:
            while not stop.is_set():
                committed.append(upload(db, day, f"u{day:%j}"))
                day += dt.timedelta(days=1)
        except BaseException as exc:  # said by the assertion below
            failures.append(exc)

    thread = threading.Thread(target=uploader)
    thread.start()
    overlapped = 0
    copies = []
    try:
        for number in range(COPIES):
            while len(committed) < number + 1 and thread.is_alive():
                stop.wait(0.01)  # wait for uploads to be running before each copy
            before = len(committed)
            copies.append(backup.backup(db, tmp_path / f"kopi-{number}.duckdb"))
            while len(committed) == before and thread.is_alive():
                stop.wait(0.01)
            overlapped += len(committed) > before
    finally:
        stop.set()
        thread.join()
    assert not failures
    assert overlapped == COPIES  # uploads ran before and after every copy
    held = []
    for path in copies:
        copy = duckdb.connect(str(path))
        try:
            batches = copy.execute(
                "SELECT b.id, b.rows_added, count(s.id) FROM import_batch b "
                "LEFT JOIN status_update s ON s.import_batch_id = b.id "
                "WHERE b.id IN (SELECT unnest($ids::BIGINT[])) GROUP BY ALL ORDER BY b.id",
                {"ids": committed},
            ).fetchall()
            orphans = copy.execute(
                "SELECT count(*) FROM status_update WHERE import_batch_id NOT IN "
                "(SELECT id FROM import_batch)"
            ).fetchone()[0]
        finally:
            copy.close()
        assert batches, f"{path.name} holds none of the uploads"
        # the copy holds the first uploads, in order, each with both of its rows
        assert [b[0] for b in batches] == committed[: len(batches)]
        assert all(rows_added == rows == 2 for _, rows_added, rows in batches)
        assert orphans == 0
        held.append(len(batches))
    report(
        "backup",
        {"copies": COPIES, "uploads committed": len(committed), "uploads in each copy": held,
         "failures": 0},
    )  # fmt: skip


def test_the_live_database_and_an_existing_file_are_not_overwritten(demo_db, tmp_path):
    db = demo_db
    live = Path(db.path)
    before = digest(live)
    for target in (live, Path(db.path + ".wal")):
        with pytest.raises(backup.BackupRefused) as refused:
            backup.backup(db, target, overwrite=True)
        assert refused.value.code == "live"
    assert digest(live) == before
    existing = tmp_path / "notater.duckdb"
    existing.write_text("mine")
    with pytest.raises(backup.BackupRefused) as refused:
        backup.backup(db, existing)
    assert refused.value.code == "exists"
    assert existing.read_text() == "mine"
    backup.backup(db, existing, overwrite=True)
    copy = Database.open(existing)
    assert copy.schema_version() == NEWEST
    copy.close()


def test_a_log_left_beside_the_file_to_be_written_is_not_replayed_into_the_copy(demo_db, tmp_path):
    stale = tmp_path / "kopi.duckdb.wal"  # e.g. of an earlier file of that name
    stale.write_bytes(b"not this copy's log" * 100)
    with pytest.raises(backup.BackupRefused) as refused:
        backup.backup(demo_db, tmp_path / "kopi.duckdb")
    assert refused.value.code == "exists"
    written = backup.backup(demo_db, tmp_path / "kopi.duckdb", overwrite=True)
    assert not stale.exists()
    copy = Database.open(written)
    try:
        assert_same_tables(demo_db, copy)
    finally:
        copy.close()


@pytest.mark.parametrize(
    "name", ["planpuls-2026-11-26T0300Z.duckdb", 'it"s odd.duckdb', "planpuls_backup_copy.duckdb"]
)
def test_any_database_file_name_is_backed_up(tmp_path, name):
    db = Database.open(tmp_path / name)  # (its catalog is named after the file)
    try:
        copy = Database.open(backup.backup(db, tmp_path / "kopi.duckdb"))
        assert copy.schema_version() == NEWEST
        copy.close()
    finally:
        db.close()


def test_a_folder_gets_a_copy_named_by_the_time(demo_db, tmp_path):
    folder = tmp_path / "kopier"
    folder.mkdir()
    written = backup.backup(demo_db, folder)
    assert written.parent == folder
    assert backup.SCHEDULED_NAME.match(written.name)


def test_a_failed_backup_leaves_no_file_and_the_database_works_on(demo_db, tmp_path, monkeypatch):
    db = demo_db
    real = backup.load_sql

    def copy_fails(name, **names):  # the COPY names a database that is not attached
        text = real(name, **names)
        return text.replace(" TO ", " TO no_such_") if name == "backup_copy" else text

    monkeypatch.setattr(backup, "load_sql", copy_fails)
    with pytest.raises(duckdb.Error):
        backup.backup(db, tmp_path / "kopier" / "kopi.duckdb")
    assert list((tmp_path / "kopier").iterdir()) == []  # no half file, under any name
    monkeypatch.undo()
    upload(db, dt.date(2026, 11, 20))  # the write lock was let go
    written = backup.backup(db, tmp_path / "kopier" / "kopi.duckdb")
    assert [p.name for p in written.parent.iterdir()] == ["kopi.duckdb"]


# Restore -------------------------------------------------------------------------------


def test_backup_then_restore_gives_the_same_database_and_keeps_the_replaced_file(busy_db, tmp_path):
    db = busy_db
    live = Path(db.path)
    copy_path = backup.backup(db, tmp_path / "backup" / "kopi.duckdb")
    expected = tables(db)
    later = upload(db, dt.date(2026, 11, 21), "after the backup")
    db.close()
    done = backup.restore(copy_path, live, now=dt.datetime(2026, 11, 26, 3, 0, tzinfo=dt.UTC))
    assert done.kept == live.with_name("planpuls.duckdb.before-restore-2026-11-26T0300Z")
    assert (done.version_found, done.version_now) == (NEWEST, NEWEST)
    restored = Database.open(live)
    try:
        found = tables(restored)
        assert list(found) == list(expected)
        for name, rows in expected.items():
            pd.testing.assert_frame_equal(found[name], rows, obj=name)
        assert restored.scalar("SELECT count(*) FROM import_batch WHERE id = $b", {"b": later}) == 0
    finally:
        restored.close()
    kept = Database.open(done.kept)  # the replaced file, with the upload made after the backup
    try:
        assert (
            kept.scalar(
                "SELECT count(*) FROM status_update WHERE import_batch_id = $b", {"b": later}
            )
            == 2
        )
    finally:
        kept.close()
    assert sorted(p.name for p in live.parent.iterdir() if p.name.startswith(".")) == []


def test_an_older_backup_is_brought_up_to_date_and_a_newer_one_refused(tmp_path):
    old_migrations = tmp_path / "old"
    old_migrations.mkdir()
    for version, path in migrations():
        if version <= 5:
            (old_migrations / path.name).write_text(path.read_text(encoding="utf-8"))
    old = Database.open(tmp_path / "old-live.duckdb", migrations_dir=old_migrations)
    assert old.schema_version() == 5
    backup.backup(old, tmp_path / "old.duckdb")  # a backup an older Planpuls made
    old.close()
    live = tmp_path / "live" / "planpuls.duckdb"
    backup_before = digest(tmp_path / "old.duckdb")
    done = backup.restore(tmp_path / "old.duckdb", live)
    assert (done.version_found, done.version_now, done.kept) == (5, NEWEST, None)
    assert digest(tmp_path / "old.duckdb") == backup_before  # the backup is only read
    migrated = Database.open(live)  # every later migration ran on the copy
    assert migrated.sql("SELECT version FROM schema_version ORDER BY version")[
        "version"
    ].tolist() == [v for v, _ in migrations()]
    migrated.close()
    reopened = Database.open(tmp_path / "old.duckdb", migrations_dir=old_migrations)
    assert reopened.schema_version() == 5  # the backup itself was not migrated
    with reopened.write() as cur:
        cur.execute(
            "INSERT INTO schema_version (version, name) VALUES ($v, 'from_the_future')",
            {"v": NEWEST + 1},
        )
    reopened.close()
    before = digest(live)
    with pytest.raises(backup.BackupRefused) as refused:
        backup.restore(tmp_path / "old.duckdb", live)
    assert refused.value.code == "too_new"
    assert refused.value.params["found"] == NEWEST + 1
    assert digest(live) == before
    assert sorted(p.name for p in live.parent.iterdir()) == ["planpuls.duckdb"]


def test_a_file_that_is_not_a_planpuls_database_is_refused(db, tmp_path):
    live = Path(db.path)
    db.close()
    before = digest(live)
    text = tmp_path / "notater.txt"
    text.write_text("tiltak;status\n")
    other = tmp_path / "annen.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    for path, code in (
        (text, "not_database"),
        (other, "not_planpuls"),
        (tmp_path / "mangler.duckdb", "not_found"),
        (live, "same"),
    ):
        with pytest.raises(backup.BackupRefused) as refused:
            backup.restore(path, live)
        assert refused.value.code == code
        assert refused.value.params["path"] == str(path)
    assert digest(live) == before
    assert not [p for p in live.parent.iterdir() if "restor" in p.name]


HOLD = (
    "import duckdb, sys, time\n"
    "con = duckdb.connect(sys.argv[1])\n"
    "print('holding', flush=True)\n"
    "sys.stdin.read()\n"
)


def test_restore_and_backup_on_a_file_another_process_holds(demo_db, tmp_path, capsys):
    live = Path(demo_db.path)
    copy_path = backup.backup(demo_db, tmp_path / "kopi.duckdb")
    demo_db.close()
    before = digest(live)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(live)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(backup.BackupRefused) as refused:
            backup.restore(copy_path, live)
        assert refused.value.code == "busy"
        code = main(["restore", str(copy_path), "--db", str(live), "--yes", "--lang", "nb"])
        assert code == 2
        assert "Stopp dashbordet, gjenopprett, og start det igjen" in capsys.readouterr().err
        code = main(["backup", str(tmp_path / "ny.duckdb"), "--db", str(live), "--lang", "en"])
        assert code == 2
        assert "in use by another process" in capsys.readouterr().err
    finally:
        holder.communicate("")
    assert digest(live) == before
    assert not (tmp_path / "ny.duckdb").exists()


# The command line ----------------------------------------------------------------------


def test_backup_and_restore_from_the_command_line(busy_db, tmp_path, capsys, monkeypatch):
    db = busy_db
    live = Path(db.path)
    expected = tables(db)
    db.close()
    copy_path = tmp_path / "backup" / "kopi.duckdb"
    assert main(["backup", str(copy_path), "--db", str(live), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"written to {copy_path}" in out
    assert f"schema version {NEWEST}" in out
    assert main(["backup", str(copy_path), "--db", str(live)]) == 1
    assert "finnes allerede" in capsys.readouterr().err
    missing = tmp_path / "skrivefeil.duckdb"
    assert main(["backup", str(tmp_path / "ny.duckdb"), "--db", str(missing)]) == 1
    assert f"ingen database {missing}" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "ny.duckdb").exists()
    monkeypatch.setattr("sys.stdin", io.StringIO("j\n"))  # not a terminal: --yes needed
    assert main(["restore", str(copy_path), "--db", str(live)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["restore", str(copy_path), "--db", str(live), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"gjenopprettet fra {copy_path}" in out
    assert "before-restore-" in out and "Start dashbordet igjen" in out
    restored = Database.open(live)
    try:
        found = tables(restored)
        for name, rows in expected.items():
            pd.testing.assert_frame_equal(found[name], rows, obj=name)
    finally:
        restored.close()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_restore_asks_first_on_a_terminal(demo_db, tmp_path, capsys, monkeypatch):
    live = Path(demo_db.path)
    copy_path = backup.backup(demo_db, tmp_path / "kopi.duckdb")
    demo_db.close()
    before = digest(live)
    monkeypatch.setattr("sys.stdin", Terminal())
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n")
    assert main(["restore", str(copy_path), "--db", str(live)]) == 1
    assert asked == [f"Erstatte databasen {live} med {copy_path}? Dagens fil beholdes ved "
                     "siden av. [j/N] "]  # fmt: skip
    assert "Avbrutt; ingenting er endret." in capsys.readouterr().err
    assert digest(live) == before
    assert sorted(p.name for p in live.parent.iterdir()) == ["kopi.duckdb", "planpuls.duckdb"]
    monkeypatch.setattr("builtins.input", lambda prompt: "j")
    assert main(["restore", str(copy_path), "--db", str(live)]) == 0
    assert "er gjenopprettet" in capsys.readouterr().out


# Scheduled backups ---------------------------------------------------------------------

T0 = dt.datetime(2026, 11, 26, 3, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(hours=24)


def test_scheduled_names_and_pruning_touch_only_scheduled_files(tmp_path):
    assert backup.scheduled_name(T0) == "planpuls-2026-11-26T0300Z.duckdb"
    names = [backup.scheduled_name(T0 - n * DAY) for n in range(5)]
    others = [
        "planpuls.duckdb",
        "planpuls-siste.duckdb",
        "notater.txt",
        "planpuls-2026-11-26T0300Z.duckdb.wal",
    ]
    for name in names + others:
        (tmp_path / name).write_text("x")
    found = backup.scheduled_backups(tmp_path)
    assert [p.name for _, p in found] == list(reversed(names))  # oldest first
    assert found[-1][0] == T0
    assert [p.name for p in backup.to_prune(found, 3)] == [names[4], names[3]]
    assert backup.to_prune(found, 14) == []


@pytest.mark.parametrize(
    ("newest_age", "wait"),
    [
        (None, dt.timedelta(0)),
        (DAY, dt.timedelta(0)),
        (2 * DAY, dt.timedelta(0)),
        (dt.timedelta(hours=1), dt.timedelta(hours=23)),
    ],
)
def test_the_next_backup_is_due_an_interval_after_the_newest(newest_age, wait):
    newest = None if newest_age is None else T0 - newest_age
    assert backup.wait_before_next(newest, T0, DAY) == wait


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def test_the_schedule_backs_up_when_due_and_keeps_the_newest(demo_db, tmp_path):
    folder = tmp_path / "kopier"
    clock = Clock(T0)
    scheduler = backup.Scheduler(lambda: demo_db, backup.Schedule(folder, 2, DAY), clock)
    assert scheduler.first_wait() == backup.START_DELAY  # none yet: soon after the start
    assert scheduler.step() == DAY
    assert [p.name for _, p in backup.scheduled_backups(folder)] == [
        "planpuls-2026-11-26T0300Z.duckdb"
    ]
    clock.at = T0 + dt.timedelta(hours=5)
    assert scheduler.first_wait() == dt.timedelta(hours=19)  # a restart: until it is due
    assert scheduler.step() == dt.timedelta(hours=19)  # not due: nothing written
    assert len(backup.scheduled_backups(folder)) == 1
    for day in (1, 2, 3):
        clock.at = T0 + day * DAY
        assert scheduler.step() == DAY
    assert [p.name for _, p in backup.scheduled_backups(folder)] == [
        "planpuls-2026-11-28T0300Z.duckdb",
        "planpuls-2026-11-29T0300Z.duckdb",
    ]
    newest = Database.open(folder / "planpuls-2026-11-29T0300Z.duckdb")
    try:
        assert_same_tables(demo_db, newest)
    finally:
        newest.close()


def test_a_failed_scheduled_backup_is_logged_and_tried_again(tmp_path, caplog):
    def busy() -> Database:
        raise OSError("disk full")

    scheduler = backup.Scheduler(busy, backup.Schedule(tmp_path, 14, DAY), Clock(T0))
    with caplog.at_level(logging.ERROR, logger="planpuls.backup"):
        assert scheduler.step() == backup.RETRY_AFTER
    assert "disk full" in caplog.text
    assert list(tmp_path.iterdir()) == []
    short = backup.Scheduler(busy, backup.Schedule(tmp_path, 14, dt.timedelta(minutes=5)))
    assert short.step() == dt.timedelta(minutes=5)


def test_the_schedule_settings(monkeypatch, tmp_path):
    monkeypatch.delenv("PLANPULS_BACKUP_DIR", raising=False)
    assert backup.schedule_from_settings() is None
    assert backup.start_schedule(lambda: None) is None  # off: no thread
    monkeypatch.setenv("PLANPULS_BACKUP_DIR", "kopier")
    monkeypatch.delenv("PLANPULS_BACKUP_KEEP", raising=False)
    monkeypatch.delenv("PLANPULS_BACKUP_HOURS", raising=False)
    assert backup.schedule_from_settings() == backup.Schedule(settings.ROOT / "kopier", 14, DAY)
    monkeypatch.setenv("PLANPULS_BACKUP_DIR", str(tmp_path))
    monkeypatch.setenv("PLANPULS_BACKUP_HOURS", "0,5")
    monkeypatch.setenv("PLANPULS_BACKUP_KEEP", "3")
    assert backup.schedule_from_settings() == backup.Schedule(tmp_path, 3, dt.timedelta(minutes=30))
    for name, value in (
        ("PLANPULS_BACKUP_KEEP", "0"),
        ("PLANPULS_BACKUP_HOURS", "-1"),
        ("PLANPULS_BACKUP_HOURS", "daglig"),
    ):
        monkeypatch.setenv(name, value)
        with pytest.raises(ValueError, match=name):
            backup.schedule_from_settings()
        monkeypatch.setenv(name, "1")


def test_a_wrong_setting_turns_the_schedule_off_without_stopping_the_server(
    monkeypatch, tmp_path, caplog
):
    monkeypatch.setenv("PLANPULS_BACKUP_DIR", str(tmp_path))
    monkeypatch.setenv("PLANPULS_BACKUP_KEEP", "alle")
    monkeypatch.setattr(backup, "_started", None)
    with caplog.at_level(logging.ERROR, logger="planpuls.backup"):
        assert backup.start_schedule(lambda: None) is None
    assert "PLANPULS_BACKUP_KEEP" in caplog.text


# The Brukere page ---------------------------------------------------------------------


def test_a_downloaded_backup_is_the_whole_database_and_leaves_no_file(busy_db, tmp_path):
    data = backup.backup_bytes(busy_db)
    saved = tmp_path / "nedlastet.duckdb"
    saved.write_bytes(data)
    copy = Database.open(saved)
    try:
        assert_same_tables(busy_db, copy)
    finally:
        copy.close()
    assert not list(Path(tempfile.gettempdir()).glob("planpuls-backup-*"))


def test_the_users_page_offers_an_administrator_a_backup_download(demo_env, monkeypatch):
    from tests.helpers import run_page

    monkeypatch.delenv("PLANPULS_BACKUP_DIR", raising=False)
    at = run_page("pages/brukere.py", role="admin")
    assert not at.exception
    assert "Sikkerhetskopi" in [h.value for h in at.subheader]
    (button,) = at.get("download_button")
    assert button.proto.label == "Last ned sikkerhetskopi"
    assert button.proto.deferred_file_id  # the copy is made when clicked, not on every run
    assert any("Planlagte sikkerhetskopier er slått av" in i.value for i in at.info)


def test_the_users_page_says_when_the_newest_scheduled_backup_was_taken(
    demo_env, monkeypatch, tmp_path
):
    from tests.helpers import run_page

    folder = tmp_path / "kopier"
    folder.mkdir()
    taken = backup.utc_now() - dt.timedelta(hours=2)
    for at in (taken - DAY, taken):
        (folder / backup.scheduled_name(at)).write_bytes(b"")
    monkeypatch.setenv("PLANPULS_BACKUP_DIR", str(folder))
    monkeypatch.setenv("PLANPULS_BACKUP_KEEP", "7")
    at = run_page("pages/brukere.py", role="admin", lang="en")
    assert not at.exception
    (shown,) = [s.value for s in at.success if "backup every" in s.value]
    assert "every 24 hours" in shown and "keeps the newest 7" in shown
    # shown in the organisation's time (Europe/Oslo), summer time included
    oslo = (taken if taken.tzinfo else taken.replace(tzinfo=dt.UTC)).astimezone(
        ZoneInfo("Europe/Oslo")
    )
    assert f"Newest: {oslo.day} {oslo:%b %Y %H:%M} (2 in the folder)" in shown


def test_a_schedule_without_a_backup_in_a_day_and_an_hour_is_late(monkeypatch, tmp_path):
    monkeypatch.setenv("PLANPULS_BACKUP_DIR", str(tmp_path))
    monkeypatch.delenv("PLANPULS_BACKUP_HOURS", raising=False)
    assert backup.schedule_status(T0) == backup.ScheduleStatus(backup.Schedule(tmp_path, 14, DAY))
    (tmp_path / backup.scheduled_name(T0)).write_bytes(b"")
    hour = dt.timedelta(hours=1)
    assert not backup.schedule_status(T0 + DAY + hour).late  # (a failure is retried hourly)
    late = backup.schedule_status(T0 + DAY + hour + dt.timedelta(minutes=1))
    assert (late.late, late.newest, late.count) == (True, T0, 1)


def test_a_restore_ends_every_sign_in_also_those_the_backup_recorded(busy_db, tmp_path):
    db = busy_db
    live = Path(db.path)
    recorded = auth.start_session(db, "sekretariatet")  # a sign-in the backup holds
    copy_path = backup.backup(db, tmp_path / "kopi.duckdb")
    assert auth.read_session(db, recorded).name == "sekretariatet"
    old_secret = Path(f"{live}.secret").read_text(encoding="utf-8")
    db.close()
    done = backup.restore(copy_path, live, now=dt.datetime(2026, 11, 26, 3, 0, tzinfo=dt.UTC))
    restored = Database.open(live)
    try:
        assert auth.read_session(restored, recorded) is None  # signed with the old secret
        assert Path(f"{live}.secret").read_text(encoding="utf-8") != old_secret
        fresh = auth.start_session(restored, "sekretariatet")
        assert auth.read_session(restored, fresh).name == "sekretariatet"
    finally:
        restored.close()
    kept_secret = Path(f"{done.kept}.secret-before-restore")
    assert kept_secret.read_text(encoding="utf-8") == old_secret
