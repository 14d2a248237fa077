"""Query parity on the demo (issue 16): every named read query the pages and the reports
run gives the same rows on DuckDB and on PostgreSQL.

How: the demo is copied into PostgreSQL (dashboard/pg/copy.py); then the functions the
pages, the reports and the public status page call are run on the DuckDB demo for every
demo plan (a tour of Oversikt, Mål, Ansvarlige, Kanaler, Presentasjon, Rapport,
Importhistorikk, Kom i gang, Brukere and /status) with a cursor that notes each named query
and its parameters as they really are. Each noted query then runs on both stores with those
parameters (on PostgreSQL its variant dashboard/sql/pg/<name>.sql where there is one), and
the rows must be the same: in the same order where the query orders them, as a multiset
where it does not; numbers to a relative 1e-9. docs/scale-out.md lists the variants and
what is not covered yet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import psycopg
import pytest

from dashboard import auth as accounts
from dashboard import (
    coverage,
    edits,
    forecast,
    meetings,
    outcomes,
    owner_links,
    programmes,
    publication,
    queries,
    reminders,
    status_page,
)
from dashboard import plans as plan_admin
from dashboard.board.emails import owner_emails
from dashboard.db import Database, load_sql
from dashboard.i18n import Translator
from dashboard.ingest import batches, templates
from dashboard.pg.copy import copy_database
from dashboard.pg.migrate import migrate
from dashboard.pg.sql import fetch
from dashboard.reports import data_stamp, report_for
from tests.conftest import TODAY
from tests.pg import PgServer, pg_server  # noqa: F401 (fixtures)

SQL_DIR = Path(__file__).resolve().parents[1] / "dashboard" / "sql"

#: Read queries of the app that the tour does not run yet, by why (docs/scale-out.md,
#: "Not covered yet"). The test below fails when one is missing here or covered after all.
NOT_COVERED_BY_REASON: dict[str, tuple[str, ...]] = {
    "the upload checks: they stay in DuckDB in memory (issue 16, item 2)": (
        "ingest_counts", "ingest_decimal_mark", "ingest_dependency_edges",
        "ingest_measures_new_scopes", "ingest_new_measures_audiences",
        "ingest_new_measures_channels", "ingest_new_measures_owners",
        "ingest_new_metrics_audiences", "ingest_new_metrics_channels",
        "ingest_new_targets_channels", "ingest_plan_organisation", "ingest_problem_measures",
        "ingest_problems", "ingest_progress_scale", "ingest_raw_csv_lines",
        "ingest_sample_titles", "ingest_samples", "ingest_slash_order", "ingest_stage_count",
        "import_mappings",
    ),
    "checks inside a write (undo, edits, meetings, plans, links, reminders, the demo): "
    "they come with the write path on PostgreSQL": (
        "batch_plans", "dangling_references", "demo_batches", "demo_scope",
        "edit_dependencies", "edit_measure_history", "edit_refs", "edit_taken_ids",
        "import_batch_state", "ingest_undo_blockers", "meeting_measure_count",
        "meeting_name_taken", "meeting_plan", "organisation_exists", "organisation_find",
        "organisations_existing", "owner_link_id_taken", "plan_archived_at",
        "plan_children_outside", "plan_parent", "reminder_run_next",
    ),
    "sign-in, sessions, API tokens and owner links: with the replicas' shared sessions": (
        "api_last_change", "api_token_events", "api_token_read", "api_tokens", "auth_account",
        "auth_account_id_taken", "auth_admin_count", "auth_admins", "auth_secret_stored",
        "auth_session_read", "auth_sign_in_check", "auth_sso_signed_out", "login_failures",
        "owner_link_failures", "owner_link_owner", "owner_link_plan", "owner_link_read",
        "owner_submission_get", "owner_submission_latest", "reminder_sent_since",
    ),
    "DuckDB's own file and tools (backup, the data generator, this copy)": (
        "backup_source", "copy_rows", "copy_sequences", "copy_tables", "database_used",
        "generate_batch_ids", "largest_plan", "sequence_advance", "table_columns",
        "table_max_id",
    ),
    "run on PostgreSQL by the migrations and the copy (tests/test_pg_schema.py and "
    "tests/test_pg_copy.py)": ("schema_version", "schema_version_exists", "table_count"),
}  # fmt: skip
NOT_COVERED = {name for names in NOT_COVERED_BY_REASON.values() for name in names}

#: Queries that run on a cursor after another statement has made what they use (a
#: temporary macro in DuckDB, a temporary function in PostgreSQL), as their callers do.
PRELUDE = {"programme_rollup": "programme_macros", "programme_thread": "programme_macros"}


class _NotingCursor:
    """A DuckDB cursor that notes every statement it runs (text and parameters)."""

    def __init__(self, cur: duckdb.DuckDBPyConnection, noted: list) -> None:
        self._cur = cur
        self._noted = noted

    def execute(self, text: str, params: Any = None) -> _NotingCursor:
        self._noted.append((text, dict(params or {})))
        self._cur.execute(text, params) if params is not None else self._cur.execute(text)
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cur, name)


class NotingDatabase(Database):
    """The demo database, noting every statement its cursors run."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str) -> None:
        super().__init__(connection, path)
        self.noted: list[tuple[str, dict[str, Any]]] = []

    @contextlib.contextmanager
    def cursor(self) -> Iterator[Any]:
        with super().cursor() as cur:
            yield _NotingCursor(cur, self.noted)


def _tour(db: Database) -> None:
    """What the pages, the reports and the status page read, for every demo plan."""
    nb = Translator("nb")
    plans = queries.plans(db)
    plan_admin.list_plans(db)
    plan_admin.organisations(db)
    plan_admin.setup_progress(db)
    plan_admin.demo_plans(db)
    plan_admin.plan_ids(db)
    batches.history(db)
    batches.latest(db, 20)
    batches.data_version(db)
    accounts.list_users(db)
    accounts.user_events(db)
    publication.public_plans(db)
    data_stamp(db)
    db.is_empty()
    for plan in plans.itertuples():
        lo, _hi, as_of = queries.plan_bounds(pd.Series(plan._asdict()), TODAY)
        filters = queries.Filters(plan.id, lo, as_of)
        goals = queries.goals(db, plan.id)
        owners = queries.owners(db, plan.id)
        channels = queries.channels(db, plan.id)
        queries.organisation_owners(db, plan.id)
        states = queries.measure_states(db, filters)
        queries.goal_summary(db, filters, states)
        queries.status_history(db, filters)
        queries.latest_status_history(db, filters, 10)
        queries.goal_progress_over_time(db, filters)
        queries.default_since(db, filters)
        queries.goal_kpis(db, filters)
        forecast.goal_forecasts(db, filters)
        forecast.target_forecasts(db, filters)
        outcomes.metric_levels(db, plan.id)
        for grain in queries.GRAINS:
            queries.channel_series(db, filters, grain)
        queries.metric_ids(db, plan.id)
        queries.channel_headlines(db, filters)
        coverage.coverage(db, filters)
        if programmes.has_children(db, plan.id):
            programmes.rollup(db, plan.id, as_of)
            programmes.thread(db, plan.id, as_of)
        if not goals.empty:  # Mål: one goal, with its parent goal
            goal = queries.Filters(plan.id, lo, as_of, goal_id=goals["id"].iloc[0])
            queries.measure_states(db, goal)
            queries.goal_progress_over_time(db, goal)
            queries.goal_kpis(db, goal)
            programmes.parent_goal(db, goals["id"].iloc[-1])
        if not owners.empty:  # Ansvarlige: one owner
            queries.measure_states(
                db, queries.Filters(plan.id, lo, as_of, owner_id=owners["id"].iloc[0])
            )
        if not channels.empty:  # Kanaler: one channel
            one = queries.Filters(plan.id, lo, as_of, channel_id=channels["id"].iloc[0])
            queries.channel_series(db, one, "month")
            queries.channel_headlines(db, one)
        report_for(db, plan.id, nb, as_of=as_of, generated=TODAY)
        for meeting in meetings.all_meetings(db, plan.id)[-1:]:  # Rapport / Presentasjon
            report_for(db, plan.id, nb, meeting=meeting, generated=TODAY)
        publication.status(db, plan.id)
        status_page.build(db, plan.id, nb, TODAY)
        reminders.sent(db, plan.id)
        reminders.template(db, plan.id, nb)
        reminders.plan_reminders(db, plan.id, nb, reminders.preview_link(nb), today=TODAY)
        owner_emails(db, plan.id)
        owner_links.listing(db, plan.id, dt.datetime(2026, 11, 23, 12))
        owner_links.pending(db, plan.id)
        owner_links.approval(db, plan.id)
        for table in edits.TABLES:  # the Rediger tables on the pages
            edits.shown(db, table, plan.id)
        edits.choices(db, plan.id)
        for kind in templates.KEYS:  # Last opp and Kom i gang: the templates
            templates.template(db, kind, plan.id, TODAY, "nb")


def _names_by_text() -> dict[str, str]:
    """Each named query's text → its name (a query with a placeholder for a name is
    never run as it stands, so it is never found)."""
    return {load_sql(path.stem): path.stem for path in SQL_DIR.glob("*.sql")}


def _is_read(text: str) -> bool:
    code = re.sub(r"--[^\n]*", "", text).strip().lstrip("(").upper()
    return code.startswith(("SELECT", "WITH"))


def ordered(text: str) -> bool:
    """Whether the statement's outermost query has an ORDER BY (its rows' order counts)."""
    code = re.sub(r"'(?:[^']|'')*'", "''", re.sub(r"--[^\n]*", "", text))
    depth, top = 0, []
    for char in code:
        depth += char == "("
        depth -= char == ")"
        top.append(char if depth == 0 else " ")
    return re.search(r"\bORDER\s+BY\b", "".join(top), re.IGNORECASE) is not None


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        x, y = float(a), float(b)
        if math.isnan(x) or math.isnan(y):
            return math.isnan(x) and math.isnan(y)
        return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def _sort_key(row: tuple) -> str:
    """A key that puts equal rows side by side (numbers rounded as the comparison allows)."""

    def one(v: Any) -> str:
        if isinstance(v, (float, Decimal)) and not isinstance(v, bool):
            return f"{float(v):.6g}"
        return repr(v)

    return "|".join(one(v) for v in row)


def _rows_differ(duck_rows, pg_rows, in_order: bool) -> str | None:
    if len(duck_rows) != len(pg_rows):
        return f"{len(duck_rows)} rows on DuckDB, {len(pg_rows)} on PostgreSQL"
    if not in_order:
        duck_rows = sorted(duck_rows, key=_sort_key)
        pg_rows = sorted(pg_rows, key=_sort_key)
    for n, (d, p) in enumerate(zip(duck_rows, pg_rows, strict=True)):
        if not _same(list(d), list(p)):
            return f"row {n}: DuckDB {d!r}\n        PostgreSQL {p!r}"
    return None


def _shape(params: dict[str, Any]) -> tuple:
    return tuple(
        (key, value if isinstance(value, bool) or key == "plan_id" else value is None)
        for key, value in sorted(params.items())
    )


@pytest.fixture(scope="module")
def noted(demo_template, tmp_path_factory) -> dict[str, list[dict[str, Any]]]:
    """name → the parameter sets the tour ran it with, one of each shape (the plan, which
    are None, the values of the flags): a meeting's forecast as well as a plan's chart."""
    import shutil

    path = tmp_path_factory.mktemp("pg-parity") / "demo.duckdb"
    shutil.copyfile(demo_template, path)
    db = NotingDatabase.open(path)
    db.noted = []  # (not the opening's own statements)
    _tour(db)
    db.close()
    names = _names_by_text()
    found: dict[str, list[dict[str, Any]]] = {}
    unnamed = []
    for text, params in db.noted:
        name = names.get(text)
        if name is None:
            unnamed.append(text)
            continue
        if not _is_read(text):
            continue
        sets = found.setdefault(name, [])
        if _shape(params) not in {_shape(p) for p in sets}:
            sets.append(params)
    assert unnamed == [], "statements that are no named query (all SQL by name)"
    return found


@pytest.fixture(scope="module")
def stores(demo_template, pg_server: PgServer):  # noqa: F811
    """The demo on DuckDB (read-only) and copied into a PostgreSQL database."""
    with pg_server.connect(autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS parity")
        admin.execute("CREATE DATABASE parity")
    duck = duckdb.connect(str(demo_template), read_only=True)
    pg = pg_server.connect("parity")
    migrate(pg)
    copy_database(duck, pg)
    pg.commit()
    pg.autocommit = True
    yield duck, pg
    pg.close()
    duck.close()


def test_every_read_query_gives_the_same_rows_on_both(noted, stores):
    duck, pg = stores
    problems = []
    for name, sets in sorted(noted.items()):
        text = load_sql(name)
        for params in sets:
            duck_cur = duck.cursor()
            if name in PRELUDE:
                duck_cur.execute(load_sql(PRELUDE[name]))
            duck_cur.execute(text, params)
            duck_columns = [c[0] for c in duck_cur.description]
            duck_rows = duck_cur.fetchall()
            try:
                with pg.cursor() as cur:
                    if name in PRELUDE:
                        fetch(cur, PRELUDE[name])
                    pg_columns, pg_rows = fetch(cur, name, params)
            except psycopg.Error as exc:  # (reported with the query's name)
                problems.append(f"{name}: fails on PostgreSQL: {str(exc).splitlines()[0]}")
                break
            if pg_columns != duck_columns:
                problems.append(f"{name}: columns {duck_columns} != {pg_columns}")
                break
            if differ := _rows_differ(duck_rows, pg_rows, ordered(text)):
                problems.append(f"{name} {params}: {differ}")
                break
    assert problems == [], "\n".join(problems)
    assert len(noted) >= 57 and sum(len(sets) for sets in noted.values()) > 350


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
        if _is_read(load_sql(path.stem)) and re.search(rf"[\"']{path.stem}[\"']", code)
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
