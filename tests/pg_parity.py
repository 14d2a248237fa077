"""Query parity between DuckDB and PostgreSQL (issue 16): the machinery the parity tests
share (tests/test_pg_queries.py on the demo, tests/test_pg_parity_m.py on the generated
M dataset).

A :class:`NotingDatabase` notes every statement its cursors run, with the parameters as
they really are; :func:`page_tour` runs what the pages, the reports and the status page
read for every plan; :func:`named_reads` keeps the named read queries of what was noted
(one parameter set per shape); :func:`replay` runs each on both stores and says where the
rows differ. The comparison rules are in :func:`rows_differ`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
from collections.abc import Collection, Iterable, Iterator
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
    generate,
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
from dashboard.reports import report_for

SQL_DIR = Path(__file__).resolve().parents[1] / "dashboard" / "sql"

#: Queries that run on a cursor after another statement has made what they use (a
#: temporary macro in DuckDB, a temporary function in PostgreSQL), as their callers do.
PRELUDE = {"programme_rollup": "programme_macros", "programme_thread": "programme_macros"}

#: The JSON columns: text in DuckDB's VARCHAR, jsonb in PostgreSQL (psycopg parses it).
#: Compared as values: DuckDB's text parsed must equal PostgreSQL's value.
JSON_COLUMNS = frozenset({"previous", "reports"})

#: Statements of the write path itself, not queries (dashboard/db.py's transaction).
TRANSACTION_CONTROL = frozenset({"BEGIN TRANSACTION", "COMMIT", "ROLLBACK", "CHECKPOINT"})

#: Read queries of the app that the tour does not run yet, by why (docs/scale-out.md,
#: "Not covered yet"). tests/test_pg_queries.py fails when one is missing here or covered after all.
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
    "DuckDB's own file and tools (backup, the data generator, this copy)": (
        "backup_source", "copy_rows", "copy_sequences", "copy_tables", "generate_batch_ids",
        "sequence_advance", "table_columns", "table_max_id",
    ),
    "run on PostgreSQL by the copy, with a table's name filled in (tests/test_pg_copy.py)": (
        "table_count",
    ),
}  # fmt: skip
NOT_COVERED = {name for names in NOT_COVERED_BY_REASON.values() for name in names}

#: Not replayed: the upload checks (they run in DuckDB in memory on either store).
NOT_REPLAYED = set(next(iter(NOT_COVERED_BY_REASON.values())))


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
    """A database noting every statement its cursors run (also inside a write)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str) -> None:
        super().__init__(connection, path)
        self.noted: list[tuple[str, dict[str, Any]]] = []

    @contextlib.contextmanager
    def cursor(self) -> Iterator[Any]:
        with super().cursor() as cur:
            yield _NotingCursor(cur, self.noted)


def page_tour(db: Database, today: dt.date, plan_ids: Iterable[str] | None = None) -> None:
    """What the pages, the reports and the status page read: Oversikt, Mål, Ansvarlige,
    Kanaler, Presentasjon, Rapport (a live date and the last meeting), Importhistorikk,
    Kom i gang, Brukere, Last opp's templates, the Rediger tables, owner links,
    reminders and /status, for each plan of ``plan_ids`` (all: None)."""
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
    db.is_empty()
    generate.is_empty(db)  # (the generator's and the benchmarks' reads of any database)
    generate.largest_plan(db)
    wanted = set(plans["id"] if plan_ids is None else plan_ids)
    for plan in plans.itertuples():
        if plan.id not in wanted:
            continue
        lo, _hi, as_of = queries.plan_bounds(pd.Series(plan._asdict()), today)
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
        report_for(db, plan.id, nb, as_of=as_of, generated=today)
        for meeting in meetings.all_meetings(db, plan.id)[-1:]:  # Rapport / Presentasjon
            report_for(db, plan.id, nb, meeting=meeting, generated=today)
        publication.status(db, plan.id)
        status_page.build(db, plan.id, nb, today)
        reminders.sent(db, plan.id)
        reminders.template(db, plan.id, nb)
        reminders.plan_reminders(db, plan.id, nb, reminders.preview_link(nb), today=today)
        owner_emails(db, plan.id)
        owner_links.listing(db, plan.id, dt.datetime.combine(today, dt.time(12)))
        owner_links.pending(db, plan.id)
        owner_links.plans_waiting(db)
        owner_links.approval(db, plan.id)
        for table in edits.TABLES:  # the Rediger tables on the pages
            edits.shown(db, table, plan.id)
        edits.choices(db, plan.id)
        for kind in templates.KEYS:  # Last opp and Kom i gang: the templates
            templates.template(db, kind, plan.id, today, "nb")


# Which named query a statement is ----------------------------------------------------


def _template_pattern(text: str) -> re.Pattern[str]:
    """A query text with ``{name}`` placeholders as a pattern (a placeholder: names)."""
    parts = re.split(r"\{[a-z_]+\}", text)
    return re.compile(r'"[^;]*?"'.join(re.escape(part) for part in parts), re.DOTALL)


class QueryNames:
    """Each named query's text → its name; a query with a placeholder for a name (a
    table, columns) is found by its pattern; a statement of a multi-statement file, as
    dashboard.db.run_script runs it, by its text there (:attr:`pieces`)."""

    def __init__(self) -> None:
        self.by_text: dict[str, str] = {}
        self.pieces: dict[str, str] = {}
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        for path in sorted(SQL_DIR.glob("*.sql")):
            text = load_sql(path.stem)
            if re.search(r"\{[a-z_]+\}", text):
                self.patterns.append((_template_pattern(text), path.stem))
                continue
            self.by_text[text] = path.stem
            for statement in re.split(r";[ \t]*\n\s*\n", text):  # (as run_script splits)
                self.pieces.setdefault(re.sub(r"--[^\n]*", "", statement), path.stem)

    def name(self, text: str) -> str | None:
        """The name of the query ``text`` is, or of the file it is a statement of (None:
        no named query)."""
        if text in self.by_text:
            return self.by_text[text]
        if text in self.pieces:
            return self.pieces[text]
        return next((name for pattern, name in self.patterns if pattern.fullmatch(text)), None)


def is_read(text: str) -> bool:
    """Whether the statement reads (SELECT or WITH)."""
    code = re.sub(r"--[^\n]*", "", text).strip().lstrip("(").upper()
    return code.startswith(("SELECT", "WITH"))


def _shape(params: dict[str, Any]) -> tuple:
    return tuple(
        (key, value if isinstance(value, bool) or key == "plan_id" else value is None)
        for key, value in sorted(params.items())
    )


def named_reads(
    noted: Iterable[tuple[str, dict[str, Any]]], skip: Collection[str] = ()
) -> dict[str, list[dict[str, Any]]]:
    """name → the parameter sets the noted statements ran it with, one of each shape (the
    plan, which are None, the values of the flags); the names of ``skip`` left out.
    AssertionError for a statement that is no named query (all SQL by name)."""
    names = QueryNames()
    found: dict[str, list[dict[str, Any]]] = {}
    unnamed = []
    for text, params in noted:
        name = names.name(text)
        if name is None:
            if text.strip() not in TRANSACTION_CONTROL:
                unnamed.append(text)
            continue
        if name in skip or not is_read(text) or text not in names.by_text:
            continue  # (a statement of a script runs only with the ones before it)
        sets = found.setdefault(name, [])
        if _shape(params) not in {_shape(p) for p in sets}:
            sets.append(params)
    assert unnamed == [], "statements that are no named query (all SQL by name)"
    return found


# The comparison ------------------------------------------------------------------------


def ordered(text: str) -> bool:
    """Whether the statement's outermost query has an ORDER BY (its rows' order counts)."""
    code = re.sub(r"'(?:[^']|'')*'", "''", re.sub(r"--[^\n]*", "", text))
    depth, top = 0, []
    for char in code:
        depth += char == "("
        depth -= char == ")"
        top.append(char if depth == 0 else " ")
    return re.search(r"\bORDER\s+BY\b", "".join(top), re.IGNORECASE) is not None


def same(a: Any, b: Any, rel_tol: float = 1e-9) -> bool:
    """Whether a DuckDB value ``a`` and a PostgreSQL value ``b`` are the same: numbers to
    ``rel_tol`` (PostgreSQL's numeric is read as a float, as DuckDB's DOUBLE and HUGEINT
    reach pandas), a bool only a bool, a date only a date, lists and dicts by element."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        x, y = float(a), float(b)
        if math.isnan(x) or math.isnan(y):
            return math.isnan(x) and math.isnan(y)
        return math.isclose(x, y, rel_tol=rel_tol, abs_tol=1e-9)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y, rel_tol) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], rel_tol) for k in a)
    return type(a) is type(b) and a == b


def _sort_key(row: tuple) -> str:
    """A key that puts equal rows side by side (numbers rounded as the comparison allows)."""

    def one(v: Any) -> str:
        if isinstance(v, (float, Decimal)) and not isinstance(v, bool):
            return f"{float(v):.6g}"
        return repr(v)

    return "|".join(one(v) for v in row)


def _json_as_values(rows: list[tuple], columns: list[str]) -> list[tuple]:
    """DuckDB's rows with the JSON text of :data:`JSON_COLUMNS` parsed (as psycopg gives
    PostgreSQL's jsonb)."""
    at = [n for n, column in enumerate(columns) if column in JSON_COLUMNS]
    if not at:
        return rows
    return [
        tuple(json.loads(v) if n in at and isinstance(v, str) else v for n, v in enumerate(row))
        for row in rows
    ]


def rows_differ(
    duck_rows: list[tuple], pg_rows: list[tuple], in_order: bool, rel_tol: float = 1e-9
) -> str | None:
    """Where DuckDB's rows and PostgreSQL's differ (None: they are the same): in order
    where the query orders them, as a multiset where it does not."""
    if len(duck_rows) != len(pg_rows):
        return f"{len(duck_rows)} rows on DuckDB, {len(pg_rows)} on PostgreSQL"
    if not in_order:
        duck_rows = sorted(duck_rows, key=_sort_key)
        pg_rows = sorted(pg_rows, key=_sort_key)
    for n, (d, p) in enumerate(zip(duck_rows, pg_rows, strict=True)):
        if not same(list(d), list(p), rel_tol):
            return f"row {n}: DuckDB {d!r}\n        PostgreSQL {p!r}"
    return None


def copy_to_postgresql(duck: duckdb.DuckDBPyConnection, pg: psycopg.Connection) -> None:
    """Migrate the new PostgreSQL database, copy DuckDB's rows into it (the copy gathers
    the statistics), then leave it in autocommit."""
    migrate(pg)
    copy_database(duck, pg)
    pg.commit()
    pg.autocommit = True


def replay(
    reads: dict[str, list[dict[str, Any]]],
    duck: duckdb.DuckDBPyConnection,
    pg: psycopg.Connection,
    rel_tol: dict[str, float] | None = None,
) -> tuple[list[str], int]:
    """Run each named read with each of its parameter sets on both stores; return the
    differences (one per query at most) and how many runs were compared."""
    problems: list[str] = []
    runs = 0
    for name, sets in sorted(reads.items()):
        text = load_sql(name)
        tolerance = (rel_tol or {}).get(name, 1e-9)
        for params in sets:
            duck_cur = duck.cursor()
            if name in PRELUDE:
                duck_cur.execute(load_sql(PRELUDE[name]))
            duck_cur.execute(text, params)
            duck_columns = [c[0] for c in duck_cur.description]
            duck_rows = _json_as_values(duck_cur.fetchall(), duck_columns)
            duck_cur.close()
            try:
                with pg.cursor() as cur:
                    if name in PRELUDE:
                        fetch(cur, PRELUDE[name])
                    pg_columns, pg_rows = fetch(cur, name, params)
            except psycopg.Error as exc:  # (reported with the query's name)
                problems.append(f"{name}: fails on PostgreSQL: {str(exc).splitlines()[0]}")
                break
            runs += 1
            if pg_columns != duck_columns:
                problems.append(f"{name}: columns {duck_columns} != {pg_columns}")
                break
            if differ := rows_differ(duck_rows, pg_rows, ordered(text), tolerance):
                problems.append(f"{name} {params}: {differ}")
                break
    return problems, runs


# The writes ------------------------------------------------------------------------------

#: The address the tour's sign-ins and owner links come from.
ADDRESS = "192.0.2.7"
PASSWORD = "sekretariat-passord"


def _set(frame: pd.DataFrame, row: int, column: str, value: Any) -> pd.DataFrame:
    """The table as the editor leaves it with one cell changed (a cell holds what was typed)."""
    frame = frame.copy()
    frame[column] = frame[column].astype(object)
    frame.at[frame.index[row], column] = value
    return frame


def _edit(db: Database, table: str, plan_id: str, change, goal_id: str | None = None) -> int:
    """One edit on a Rediger table as the page makes it: shown, changed, previewed, saved."""
    before = edits.shown(db, table, plan_id, goal_id)
    after = change(before)
    preview = edits.preview(db, table, before, after, plan_id=plan_id)
    assert preview.ok, preview.problems
    return edits.commit_edit(db, preview, by="sek")


def write_tour(db: Database, plan_id: str, today: dt.date, scratch: Path) -> Database:
    """The app's writes on one plan, made as the app makes them, so that the reads inside
    them (the checks of a write) and those of sign-in, sessions, API tokens and owner
    links are noted: accounts, sign-in (one failed), sessions (one ended), single sign-on
    out, API tokens (one used, one revoked), the API's health, plans (a new one under
    ``plan_id``, one in a new organisation, moved, archived), meetings (one recorded,
    one refused, one removed), edits of goals and measures (one measure made to wait on
    another, one archived), undo (one refused because a later edit changed its rows),
    publication, owner links (one refused, a report saved, one approved, one left
    pending), reminders (the button and the schedule) and the demo's own checks.

    Removing the demo runs on a copy at ``scratch`` (the parity is compared on the demo
    kept); returns that copy's database, whose notes hold the removal's reads. Needs
    PLANPULS_TODAY, PLANPULS_SMTP_URL and PLANPULS_SMTP_FROM set."""
    from dashboard import api, tokens
    from dashboard.board.emails import set_owner_emails
    from dashboard.demo import demo_batches, demo_organisations_in_use

    at = dt.datetime.combine(today, dt.time(9))
    later = at + dt.timedelta(hours=1)
    nb = Translator("nb")

    # Accounts, sign-in, sessions, single sign-on, API tokens
    accounts.has_admin(db)
    accounts.add_user(db, "sek", "admin", PASSWORD, by="oppsett")
    accounts.add_user(db, "leser", "viewer", "leser-passord-1", by="sek")
    accounts.add_user(db, "nestleder", "admin", "nestleder-passord", by="sek")
    accounts.set_role(db, "nestleder", "secretariat", by="sek")
    with pytest.raises(accounts.AuthError):
        accounts.sign_in(db, "sek", "feil-passord-1", address=ADDRESS, at=at)
    accounts.sign_in(db, "sek", PASSWORD, address=ADDRESS, at=at + dt.timedelta(seconds=5))
    kept = accounts.start_session(db, "sek", user_agent="parity", address=ADDRESS, at=at)
    ended = accounts.start_session(db, "leser", at=at)
    assert accounts.read_session(db, kept, at=later) is not None
    accounts.read_session(db, ended, at=at)
    accounts.end_session(db, ended, at=at)
    assert accounts.read_session(db, ended, at=at) is None  # signed out
    accounts.sso_sign_out(db, "Styret@his.example", at=at)
    issued = at.replace(tzinfo=dt.UTC).timestamp()
    accounts.sso_login_valid(db, "styret@his.example", issued - 60, at=at)
    accounts.sso_login_valid(db, "ny@his.example", issued, at=at)
    _no, token = tokens.create(db, "sek", "secretariat", "Rapportverktøy", by="sek")
    assert tokens.read(db, token, use="GET /api/v1/plans") is not None
    old, old_token = tokens.create(db, "leser", "viewer", "Gammel nøkkel", by="sek")
    tokens.revoke(db, old, by="sek")
    assert tokens.read(db, old_token, use="GET /api/v1/plans") is None  # revoked
    tokens.listing(db)
    tokens.events(db)
    api.health(api.Call(db, None, "nb", {}, {}))

    # Plans: a new one under the plan, one in a new organisation, moved, archived
    organisation = queries.plans(db).set_index("id").loc[plan_id, "organisation"]
    start, end = today.replace(month=1, day=1), today.replace(month=12, day=31)
    child = plan_admin.NewPlan("parity-under", "Plan under", organisation, start, end,
                               parent_id=plan_id)  # fmt: skip
    batches.plans_added(db, plan_admin.create_plan(db, child, by="sek"))
    own = plan_admin.NewPlan("parity-egen", "Egen plan", "Ny organisasjon", start, end)
    plan_admin.create_plan(db, own, by="sek")
    again = plan_admin.NewPlan("parity-egen-2", "Egen plan 2", "Ny organisasjon", start, end)
    plan_admin.create_plan(db, again, by="sek")
    plan_admin.set_parent(db, "parity-egen-2", "parity-under")
    plan_admin.archive_plan(db, "parity-egen", by="sek")

    # Meetings
    meeting = meetings.record(db, plan_id, "Paritetsmøte", today, by="sek", today=today)
    meetings.snapshot_size(db, meeting.id)
    with pytest.raises(meetings.MeetingRefused):  # the name in other case
        meetings.record(db, plan_id, "paritetsMØTE", today, by="sek", today=today)
    spare = meetings.record(db, plan_id, "Fjernes", today, by="sek", today=today)
    meetings.remove(db, spare.id)

    # Edits and undo
    goals = queries.goals(db, plan_id)["id"].tolist()
    first_goal = goals[0]
    measures_shown = edits.shown(db, "measures", plan_id, first_goal)
    waits_on = measures_shown["id"].iloc[1]
    first = _edit(
        db,
        "measures",
        plan_id,
        lambda f: _set(f, 0, "title", f["title"].iloc[0] + " (endret)"),
        first_goal,
    )
    _edit(db, "measures", plan_id,
          lambda f: _set(f, 0, "depends_on", [waits_on]), first_goal)  # fmt: skip
    with pytest.raises(batches.UndoRefused):
        batches.undo(db, first, by="sek")  # the second edit changed its rows
    goal_edit = _edit(
        db, "goals", plan_id, lambda f: _set(f, 0, "title", f["title"].iloc[0] + " (endret)")
    )
    batches.undo(db, goal_edit, by="sek")
    last_goal = goals[-1]
    _edit(db, "measures", plan_id, lambda f: f.drop(index=f.index[-1]), last_goal)

    # Publication
    publication.publish(db, plan_id, by="sek")

    # Owner links: a wrong one, a report saved, one approved, one left pending
    owner_ids = queries.owners(db, plan_id)["id"].tolist()
    for owner in owner_ids:  # a link for each owner until one has three open measures
        link = owner_links.issue(db, plan_id, owner, by="sek", now=at)
        scope = owner_links.resolve(db, link, at, address=ADDRESS)
        if len(owner_links.measures(db, scope, today)) >= 3:
            break
    else:
        raise AssertionError("no owner with three open measures")
    owner_links.expires(db, link)
    with pytest.raises(owner_links.LinkRefused):
        owner_links.resolve(db, link[:-2] + "xx", at, address=ADDRESS)
    open_ = owner_links.measures(db, scope, today)["id"].tolist()
    report = owner_links.Report
    owner_links.submit(db, link, [report(open_[0], "on_track", 40.0, "Godt i gang")],
                       now=at, address=ADDRESS)  # fmt: skip
    owner_links.last_report(db, scope)
    owner_links.set_needs_approval(db, plan_id, True, by="sek", now=at)
    queued = owner_links.submit(db, link, [report(open_[1], "delayed", 20.0, "Venter")],
                                now=later, address=ADDRESS)  # fmt: skip
    owner_links.pending(db, plan_id)
    owner_links.approve(db, int(queued.submission_id or 0), by="sek", now=later)
    owner_links.submit(db, link, [report(open_[2], "on_track", None, None)],
                       now=later, address=ADDRESS)  # fmt: skip
    assert len(owner_links.pending(db, plan_id)) == 1
    owner_links.last_report(db, scope)

    # Reminders: the button, then the schedule
    set_owner_emails(db, {owner: f"{owner}@his.example" for owner in owner_ids})
    base = "https://planpuls.example"
    reminders.remind(db, plan_id, nb, base_url=base, by="sek", via="page", today=today)
    reminders.scheduled_round(db, base, 400, today=today)

    # The demo's own checks; removing it runs on a copy
    demo_batches(db)
    demo_organisations_in_use(db)
    copy = NotingDatabase.open(_copy_file(db, scratch))
    copy.noted = []
    with pytest.raises(plan_admin.PlanRefused):  # a plan under a demo plan (or no demo)
        plan_admin.remove_demo(copy, by="sek")
    plan_admin.set_parent(copy, "parity-under", None)
    plan_admin.set_parent(copy, "parity-egen-2", None)
    with contextlib.suppress(plan_admin.PlanRefused):  # (no demo: refused again)
        plan_admin.remove_demo(copy, by="sek")
    copy.close()
    return copy


def _copy_file(db: Database, path: Path) -> Path:
    """A copy of the database's file (every write is checkpointed into it)."""
    import shutil

    shutil.copyfile(db.path, path)
    return path
