"""All SQL by name: query text lives in dashboard/sql/*.sql, loaded by dashboard.db.load_sql.

The walk below reads every Python source of the app (dashboard/, pages/, app.py) and fails
on a string literal that looks like an SQL statement, outside the short allow-list.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import duckdb
import pytest

from dashboard import db as dbmod
from dashboard.db import Identifier, identifier, load_sql

ROOT = Path(__file__).resolve().parents[1]

#: The start of an SQL statement, as this house writes it (keywords in capitals).
SQL_START = re.compile(
    r"""^\s*\(?\s*(
        SELECT\s.*
      | INSERT\s+INTO\s
      | UPDATE\s+\w+\s+SET\s
      | DELETE\s+FROM\s
      | CREATE\s+(OR\s+REPLACE\s+)?(TEMP\w*\s+)?(TABLE|VIEW|SEQUENCE|INDEX|MACRO|SCHEMA)\b
      | DROP\s+(TABLE|VIEW|SEQUENCE|INDEX|MACRO|SCHEMA)\b
      | ALTER\s+TABLE\s
      | WITH\s+(RECURSIVE\s+)?\w+\s+AS\s*\(
      | (COPY|ATTACH|DETACH|PRAGMA|INSTALL|EXPORT\s+DATABASE|IMPORT\s+DATABASE)\s
      | (CHECKPOINT|COMMIT|ROLLBACK|BEGIN(\s+TRANSACTION)?)\s*;?\s*$
    )""",
    re.VERBOSE | re.DOTALL,
)

#: Files whose SQL literals may stay, and why. Keep it short.
ALLOWED_FILES = {}

#: (file, exact literal): statements that are the loader's own work, not queries.
ALLOWED_LITERALS = {
    # db.transaction() and db.checkpoint(): transaction control around every write.
    ("dashboard/db.py", "BEGIN TRANSACTION"),
    ("dashboard/db.py", "COMMIT"),
    ("dashboard/db.py", "ROLLBACK"),
    ("dashboard/db.py", "CHECKPOINT"),
    # pipeline._stage_csv: the staging query is built from the file's own columns (which
    # position holds which key, one SELECT per metric of a wide file). Its identifiers are
    # positions (c<number>) and the kinds' own keys, never a user's text; values are bound.
    ("dashboard/ingest/pipeline.py", "SELECT CAST((rowid - $base) * $k + {} AS INTEGER) AS seq, "
     "CAST(rowid + $first AS INTEGER) AS line, {}, CAST({} AS INTEGER) AS extra FROM raw_csv{}"),
    ("dashboard/ingest/pipeline.py", "CREATE OR REPLACE TEMP TABLE stage AS"),
    ("dashboard/ingest/pipeline.py", "CREATE OR REPLACE TEMP VIEW stage AS"),
}  # fmt: skip


def _sources() -> list[Path]:
    return sorted(
        [ROOT / "app.py", *(ROOT / "dashboard").rglob("*.py"), *(ROOT / "pages").rglob("*.py")]
    )


def _literals(tree: ast.AST):
    """Every string literal with its line; an f-string's text with ``{}`` for each value."""
    inside_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside_fstring.update(id(v) for v in node.values)
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            yield node.lineno, text
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in inside_fstring
        ):
            yield node.lineno, node.value


def sql_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal in ``source`` that looks like SQL."""
    found = [(line, text) for line, text in _literals(ast.parse(source)) if SQL_START.match(text)]
    return sorted(found)


def test_no_sql_text_outside_dashboard_sql():
    found = []
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED_FILES:
            continue
        for line, text in sql_literals(path.read_text(encoding="utf-8")):
            if (relative, text.strip()) not in ALLOWED_LITERALS:
                found.append(f"{relative}:{line}: {text[:60]!r}")
    assert found == [], "move these to dashboard/sql/<name>.sql:\n" + "\n".join(found)


def test_the_allow_list_names_files_that_exist_and_hold_sql():
    """An entry that no longer matches anything is dropped, not left to hide a new query."""
    for relative in ALLOWED_FILES:
        path = ROOT / relative
        if path.exists():  # (a split may have replaced it with a package)
            assert sql_literals(path.read_text(encoding="utf-8")), relative
    for relative, text in ALLOWED_LITERALS:
        texts = {t.strip() for _, t in sql_literals((ROOT / relative).read_text("utf-8"))}
        assert text in texts, (relative, text)


def test_query_text_is_never_edited_after_loading():
    """Names go in through load_sql(name, table=identifier(...)), not str.replace/format."""
    found = []
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED_FILES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"replace", "format", "format_map", "__mod__"}
                and isinstance(node.func.value, ast.Call)
                and getattr(node.func.value.func, "id", "") == "load_sql"
            ):
                found.append(f"{relative}:{node.lineno}")  # noqa: PERF401 (a condition walk)
    assert found == []


#: Where no query runs at all, not even by name: these call functions of the core, so the
#: page and the command line that answer the same question share one query.
NO_QUERIES = ("app.py", "pages/", "dashboard/ui/", "dashboard/cli/")
_RUNS_SQL = {"query", "sql", "scalar", "execute", "executemany", "cursor", "load_sql"}


def test_the_ui_and_the_command_line_run_no_query_themselves():
    found = []
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        if not relative.startswith(NO_QUERIES):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in _RUNS_SQL:
                    found.append(f"{relative}:{node.lineno}: {name}()")
    assert found == [], "call a function of the core instead:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        ('x = "SELECT id FROM plan"', [1]),
        ('x = ("INSERT INTO plan (id) "\n     "VALUES ($id)")', [1]),
        ('x = f"SELECT count(*) FROM {table}"', [1]),
        ('x = "UPDATE plan SET name = $n WHERE id = $id"', [1]),
        ('x = "DELETE FROM meeting WHERE id = $id"', [1]),
        ('x = "CREATE OR REPLACE TEMP TABLE t AS SELECT 1"', [1]),
        ('x = "WITH a AS (SELECT 1) SELECT * FROM a"', [1]),
        ('x = "COMMIT"', [1]),
        # Words a person reads are not SQL, nor are query names.
        ('x = "Set role"', []),
        ('x = "Import history"', []),
        ('x = "Create token"', []),
        ('x = "committed"', []),
        ('x = "Select a plan"', []),
        ('x = load_sql("plan_count")', []),
    ],
)
def test_the_walk_tells_sql_from_other_text(source, lines):
    assert [line for line, _ in sql_literals(source)] == lines


# The identifier helper ---------------------------------------------------------------


def test_identifier_quotes_names_from_the_whitelist():
    assert identifier("plan", ("plan", "goal")) == '"plan"'
    assert identifier(["id", "name"], {"id", "name", "note"}) == '"id", "name"'
    assert identifier("planpuls_backup_0a", re.compile(r"planpuls_backup_[0-9a-f]+")) == (
        '"planpuls_backup_0a"'
    )


@pytest.mark.parametrize(
    ("names", "allowed"),
    [
        ("plan; DROP TABLE plan", ("plan",)),
        ('plan"', ("plan",)),
        (["id", "secret"], ("id",)),
        ([], ("id",)),
        ("other_1", re.compile(r"planpuls_backup_[0-9a-f]+")),
    ],
)
def test_identifier_refuses_names_outside_the_whitelist(names, allowed):
    with pytest.raises(ValueError):
        identifier(names, allowed)


def test_identifier_takes_no_single_string_as_its_whitelist():
    with pytest.raises(TypeError):  # "la" is in "plan", but it is no name of the list
        identifier("la", "plan")


def test_load_sql_puts_in_identifiers_only():
    text = load_sql("table_count", table=identifier("plan", ("plan",)))
    assert text.splitlines()[-1] == 'SELECT count(*) FROM "plan"'
    with pytest.raises(TypeError):  # plain text is refused, even a harmless name
        load_sql("table_count", table="plan")
    with pytest.raises(ValueError):  # a placeholder the file does not have
        load_sql("plan_count", table=Identifier('"plan"'))
    with pytest.raises(ValueError):
        load_sql("../migrations/0001_initial")


def test_a_name_that_needs_quoting_is_read_back_as_itself():
    con = duckdb.connect()
    name = 'odd "name"; x'
    con.execute(f"CREATE TABLE {identifier(name, [name])} (id INTEGER)")
    con.execute(load_sql("table_count", table=identifier(name, [name])))
    assert con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE table_name = $n", {"n": name}
    ).fetchone() == (name,)


def test_the_loader_is_the_only_reader_of_sql_files():
    readers = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if path != Path(dbmod.__file__) and re.search(r"SQL_DIR|\.sql[\"']\)?\.read_text", text):
            readers.append(path.relative_to(ROOT).as_posix())
    assert readers == []
