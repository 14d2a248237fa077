"""Query parity on the demo (issue 16): every named read query the app runs on its data
gives the same rows on DuckDB and on PostgreSQL.

How: on a copy of the DuckDB demo, the app's writes are made as the app makes them (sign-in,
sessions, API tokens, plans, meetings, edits and undo, publication, owner links and their
reports, reminders, removing the demo: tests/pg_parity.py ``write_tour``), and then the
functions the pages, the reports and the public status page call are run for every plan
(``page_tour``), all on a cursor that notes each named query and its parameters as they
really are. The database as the writes left it is then copied into PostgreSQL
(dashboard/pg/copy.py), and each noted read query runs on both stores with those
parameters (on PostgreSQL its variant dashboard/sql/pg/<name>.sql where there is one): the
same state on both, and every row a parameter names (a session, a link, a batch the tour
made) is there on both. The rows must be the same: in the same order where the query
orders them, as a multiset where it does not; numbers to a relative 1e-9; JSON as values.
docs/scale-out.md lists the variants and what is not covered yet.
"""

from __future__ import annotations

import re
import shutil
from typing import Any

import duckdb
import pytest

from dashboard.db import load_sql
from tests.conftest import TODAY
from tests.helpers_remind import SmtpServer
from tests.pg import PgServer, pg_server  # noqa: F401 (fixtures)
from tests.pg_parity import (
    NOT_COVERED,
    NOT_REPLAYED,
    SQL_DIR,
    NotingDatabase,
    copy_to_postgresql,
    is_read,
    named_reads,
    page_tour,
    replay,
    write_tour,
)

#: The demo plan the writes are made on.
PLAN = "his-2025"


@pytest.fixture(scope="module")
def demo_after_writes(demo_template, tmp_path_factory):
    """A copy of the demo after the write tour and the page tour, and the named read
    queries both ran: name → the parameter sets, one of each shape (the plan, which are
    None, the values of the flags): a meeting's forecast as well as a plan's chart."""
    directory = tmp_path_factory.mktemp("pg-parity")
    path = directory / "demo.duckdb"
    shutil.copyfile(demo_template, path)
    smtp = SmtpServer().start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("PLANPULS_TODAY", TODAY.isoformat())
            patch.setenv("PLANPULS_SMTP_URL", smtp.url)
            patch.setenv("PLANPULS_SMTP_FROM", "planpuls@his.example")
            patch.delenv("PLANPULS_SECRET", raising=False)
            db = NotingDatabase.open(path)
            db.noted = []  # (not the opening's own statements)
            removal = write_tour(db, PLAN, TODAY, directory / "removal.duckdb")
            page_tour(db, TODAY)
            db.close()
    finally:
        smtp.stop()
    assert smtp.received, "the reminders went out"
    return path, named_reads([*db.noted, *removal.noted], skip=NOT_REPLAYED)


@pytest.fixture(scope="module")
def noted(demo_after_writes) -> dict[str, list[dict[str, Any]]]:
    return demo_after_writes[1]


@pytest.fixture(scope="module")
def stores(demo_after_writes, pg_server: PgServer):  # noqa: F811
    """The demo as the writes left it, on DuckDB and copied into a PostgreSQL database."""
    with pg_server.connect(autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS parity")
        admin.execute("CREATE DATABASE parity")
    duck = duckdb.connect(str(demo_after_writes[0]))  # (reminder_run_next takes a number)
    pg = pg_server.connect("parity")
    copy_to_postgresql(duck, pg)
    yield duck, pg
    pg.close()
    duck.close()


def test_every_read_query_gives_the_same_rows_on_both(noted, stores):
    problems, runs = replay(noted, *stores)
    assert problems == [], "\n".join(problems)
    assert len(noted) >= 99 and runs == sum(len(sets) for sets in noted.values()) > 500


def _read_queries_in_use() -> set[str]:
    """The named read queries (SELECT or WITH) that the app's code names."""
    root = SQL_DIR.parents[1]
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for path in [root / "app.py", *root.glob("dashboard/**/*.py"), *root.glob("pages/*.py")]
    )
    return {
        path.stem
        for path in SQL_DIR.glob("*.sql")
        if is_read(load_sql(path.stem)) and re.search(rf"[\"']{path.stem}[\"']", code)
    }


def test_every_read_query_is_compared_or_listed_as_not_yet(noted):
    in_use = _read_queries_in_use()
    uncovered = in_use - set(noted)
    assert sorted(uncovered - NOT_COVERED) == [], "add to the tour, or to NOT_COVERED_BY_REASON"
    assert sorted(NOT_COVERED - uncovered) == [], "covered now: take out of NOT_COVERED_BY_REASON"


def test_each_variant_has_its_duckdb_query_or_is_postgresql_s_own():
    for path in (SQL_DIR / "pg").glob("*.sql"):
        twin = SQL_DIR / path.name
        assert twin.exists() or path.stem.startswith("pg_"), path.name
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(
            (f"-- PostgreSQL variant of ../{path.name}", "-- PostgreSQL only:")
        ), (path.name, first)
