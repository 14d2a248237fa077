"""Copying a DuckDB database into PostgreSQL (dashboard/pg/copy.py): every row of every
table arrives as it was, in one transaction, and the sequences continue after it."""

from __future__ import annotations

import json

import duckdb
import psycopg
import pytest

from dashboard.db import Database, DatabaseError, migrations
from dashboard.pg.copy import copy_database, dependency_order
from dashboard.pg.migrate import migrate
from tests.pg import pg_database, pg_server  # noqa: F401 (fixtures)

#: VARCHAR holding JSON text in DuckDB, jsonb in PostgreSQL (psycopg parses it).
JSON_COLUMNS = {("batch_change", "previous"), ("owner_submission", "reports")}


def _tables(duck) -> dict[str, list[str]]:
    rows = duck.execute(
        "SELECT table_name, list(column_name ORDER BY column_index) FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' "
        "AND table_name <> 'schema_version' GROUP BY table_name"
    ).fetchall()
    return dict(rows)


def _select(table, columns) -> str:
    return f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)} FROM "{table}"'


def _parsed(table, columns, row) -> tuple:
    """A DuckDB row with its JSON text parsed, as PostgreSQL's jsonb gives it back."""
    return tuple(
        json.loads(v) if (table, c) in JSON_COLUMNS and v is not None else v
        for c, v in zip(columns, row, strict=True)
    )


@pytest.fixture
def demo(demo_template):
    """A read-only connection to the demo database (the session's template)."""
    con = duckdb.connect(str(demo_template), read_only=True)
    yield con
    con.close()


def test_every_row_of_the_demo_arrives_as_it_was(demo, pg_database):  # noqa: F811
    migrate(pg_database)
    copied = copy_database(demo, pg_database)
    tables = _tables(demo)
    assert set(copied) == set(tables)
    assert copied["status_update"] > 500 and copied["plan"] >= 5  # the demo, not nothing
    for table, columns in tables.items():
        want = [
            _parsed(table, columns, r) for r in demo.execute(_select(table, columns)).fetchall()
        ]
        got = [tuple(r) for r in pg_database.execute(_select(table, columns)).fetchall()]
        assert len(got) == len(want) == copied[table], table
        assert sorted(got, key=repr) == sorted(want, key=repr), table


def test_the_sequences_continue_after_the_copied_ids(demo, pg_database):  # noqa: F811
    migrate(pg_database)
    copy_database(demo, pg_database)
    for sequence, table, column in [
        ("import_batch_id", "import_batch", "id"),
        ("status_update_id", "status_update", "id"),
        ("channel_metric_id", "channel_metric", "id"),
    ]:
        (top,) = demo.execute(f"SELECT max({column}) FROM {table}").fetchone()
        (following,) = pg_database.execute(f"SELECT nextval('{sequence}')").fetchone()
        assert following > top, sequence


def test_the_copy_leaves_every_table_with_fresh_statistics(demo, pg_database):  # noqa: F811
    """PostgreSQL plans from a table's statistics; a table never analysed reads as -1 rows
    (autovacuum would gather them only later), and the pages' joins are planned badly."""
    migrate(pg_database)
    copied = copy_database(demo, pg_database)
    pg_database.commit()
    counted = dict(
        pg_database.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' "
            "AND relnamespace = 'public'::regnamespace"
        ).fetchall()
    )
    assert {table: counted[table] for table in copied} == {
        table: float(rows) for table, rows in copied.items()
    }
    (columns,) = pg_database.execute(
        "SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND tablename = 'status_update'"
    ).fetchone()
    assert columns == len(_tables(demo)["status_update"])


def test_json_text_and_lists_travel_whole(tmp_path, pg_database):  # noqa: F811
    """The demo has no undo history or reminders: a batch_change row (JSON text with a
    quote, a tab and non-ASCII letters), an owner's report and a reminder's list of
    measures arrive whole."""
    db = Database.open(tmp_path / "small.duckdb")
    previous = {"id": "m1", "title": 'Nytt «tiltak»\tmed "sitat"', "weight": 1.5, "note": None}
    with db.write() as cur:
        cur.execute(
            "INSERT INTO batch_change VALUES (1, 'measure', 'm1', $p)", {"p": json.dumps(previous)}
        )
        cur.execute(
            "INSERT INTO reminder_sent VALUES (nextval('reminder_sent_id'), 1, 'p', 'o', 'Eier', "
            "'e@x.no', ['m1', 'm2'], DATE '2026-01-01', DATE '2026-02-01', "
            "TIMESTAMP '2026-02-01 08:00:00.123456', 'cli:x', 'cli')"
        )
    migrate(pg_database)
    with db.cursor() as cur:
        copy_database(cur, pg_database)
    db.close()
    assert pg_database.execute("SELECT previous FROM batch_change").fetchone() == (previous,)
    row = pg_database.execute("SELECT measure_ids, sent_at::text FROM reminder_sent").fetchone()
    assert row == (["m1", "m2"], "2026-02-01 08:00:00.123456")


def test_a_second_copy_is_refused_and_changes_nothing(demo, pg_database):  # noqa: F811
    migrate(pg_database)
    first = copy_database(demo, pg_database)
    with pytest.raises(DatabaseError, match="already holds rows"):
        copy_database(demo, pg_database)
    (plans,) = pg_database.execute("SELECT count(*) FROM plan").fetchone()
    assert plans == first["plan"]


def test_a_copy_between_schema_versions_is_refused(demo, pg_database):  # noqa: F811
    newest = migrations()[-1][0]  # the demo's version: every migration applied
    with pytest.raises(DatabaseError, match=f"version {newest} and the PostgreSQL database 0"):
        copy_database(demo, pg_database)


def test_a_failing_row_rolls_the_whole_copy_back(tmp_path, pg_database):  # noqa: F811
    """A row PostgreSQL refuses (here: JSON text that is no JSON, which DuckDB's VARCHAR
    took) stops the copy, and the tables copied before it are empty again."""
    db = Database.open(tmp_path / "bad.duckdb")
    with db.write() as cur:
        cur.execute("INSERT INTO organisation VALUES ('o', 'Org', NULL, NULL)")
        cur.execute("INSERT INTO batch_change VALUES (1, 'measure', 'm1', 'not json')")
    migrate(pg_database)
    with db.cursor() as cur, pytest.raises(psycopg.errors.InvalidTextRepresentation):
        copy_database(cur, pg_database)
    db.close()
    pg_database.rollback()
    assert pg_database.execute("SELECT count(*) FROM organisation").fetchone() == (0,)


def test_parents_are_copied_before_the_rows_that_name_them(demo):
    order = dependency_order(_tables(demo))
    before = [
        ("import_batch", "organisation"),
        ("organisation", "plan"),
        ("plan", "goal"),
        ("goal", "measure"),
        ("owner", "measure"),
        ("measure", "status_update"),
        ("channel", "channel_metric"),
        ("meeting", "meeting_measure"),
    ]
    for parent, child in before:
        assert order.index(parent) < order.index(child), (parent, child)


def test_tables_that_name_each_other_in_a_circle_are_refused():
    with pytest.raises(DatabaseError, match="circle"):
        dependency_order({"a": ["id", "b_id"], "b": ["id", "a_id"], "c": ["id"]})
