"""Migrations on fresh and existing databases, the write path, the busy file."""

import re
import shutil

import duckdb
import pytest

from dashboard.db import MIGRATIONS_DIR, Database, DatabaseBusyError, DatabaseError, migrations
from tests.conftest import held_by_another_process

TABLES = {
    "plan", "goal", "goal_kpi", "measure", "measure_channel", "measure_audience", "owner",
    "channel", "audience", "organisation", "status_update", "channel_metric", "import_batch",
    "measure_dependency",
    "schema_version", "metric_level",
    "reminder_template", "reminder_sent",
}  # fmt: skip


def _tables(db):
    return set(db.sql("SELECT table_name FROM information_schema.tables")["table_name"])


def test_fresh_database_gets_every_table_and_the_latest_version(tmp_path):
    # (a file of its own: the `db` fixture copies a template migrated once per session)
    db = Database.open(tmp_path / "new.duckdb")
    assert _tables(db) >= TABLES
    assert db.schema_version() == migrations()[-1][0]
    db.close()


def test_reopening_an_existing_database_keeps_its_data(tmp_path):
    path = tmp_path / "p.duckdb"
    first = Database.open(path)
    with first.write() as cur:
        cur.execute("INSERT INTO organisation (id, name) VALUES ('o', 'Org')")
    first.close()
    again = Database.open(path)
    assert again.migrate() == []  # nothing applied twice
    assert again.scalar("SELECT name FROM organisation WHERE id = 'o'") == "Org"
    again.close()


def test_a_newer_migration_is_applied_to_an_existing_database(tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(MIGRATIONS_DIR / "0001_initial.sql", old)
    db = Database.open(tmp_path / "p.duckdb", migrations_dir=old)
    with db.write() as cur:
        cur.execute("INSERT INTO organisation (id, name) VALUES ('o', 'Org')")
    new = tmp_path / "new"
    shutil.copytree(old, new)
    (new / "0002_add_contact.sql").write_text(
        "ALTER TABLE organisation ADD COLUMN contact VARCHAR;"
    )
    assert db.migrate(new) == [2]
    assert db.schema_version() == 2
    assert db.sql("SELECT id, contact FROM organisation").values.tolist() == [["o", None]]
    db.close()


@pytest.mark.parametrize(
    ("name", "says"),
    [("13_channel_note.sql", "NNNN_words.sql"), ("0013-channel-note.sql", "NNNN_words.sql"),
     ("0001_again.sql", "used twice: [1]")],
)  # fmt: skip
def test_a_misnamed_or_doubled_migration_is_refused_not_skipped(tmp_path, name, says):
    folder = tmp_path / "m"
    folder.mkdir()
    shutil.copy(MIGRATIONS_DIR / "0001_initial.sql", folder)
    (folder / name).write_text("ALTER TABLE organisation ADD COLUMN note VARCHAR;")
    with pytest.raises(ValueError, match=re.escape(says)):
        Database.open(tmp_path / "p.duckdb", migrations_dir=folder)


def test_a_database_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "p.duckdb"
    db = Database.open(path)
    with db.write() as cur:
        cur.execute("INSERT INTO schema_version (version, name) VALUES (99, 'future')")
    db.close()
    with pytest.raises(DatabaseError, match="newer than this Planpuls"):
        Database.open(path)


def test_the_write_path_rolls_back_everything_on_error(db):
    with pytest.raises(duckdb.ConstraintException), db.write() as cur:
        cur.execute("INSERT INTO organisation (id, name) VALUES ('o', 'Org')")
        cur.execute("INSERT INTO organisation (id, name) VALUES ('o', 'Again')")
    assert db.scalar("SELECT count(*) FROM organisation") == 0


def test_a_second_process_gets_a_clear_busy_error(tmp_path):
    path = tmp_path / "p.duckdb"
    Database.open(path).close()
    with held_by_another_process(path), pytest.raises(DatabaseBusyError, match="another process"):
        Database.open(path)
