"""The PostgreSQL migrations give DuckDB's schema (issue 16): every table, column, key,
CHECK, index and sequence of ``dashboard/migrations`` exists in PostgreSQL after
``dashboard/migrations_pg``, with a compatible type, and in the same column order.

A new DuckDB migration without its PostgreSQL twin fails here, named.
"""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest

from dashboard.db import MIGRATIONS_DIR, DatabaseError, migrations
from dashboard.pg.migrate import MIGRATIONS_PG_DIR, migrate, missing_twins, schema_version
from tests.pg import pg_bin_dir, pg_database, pg_server  # noqa: F401 (fixtures)

#: DuckDB's type → PostgreSQL's (information_schema.columns.data_type; arrays by udt_name).
TYPES = {
    "VARCHAR": "character varying",
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "DOUBLE": "double precision",
    "DATE": "date",
    "TIMESTAMP": "timestamp without time zone",
    "BOOLEAN": "boolean",
    "VARCHAR[]": "_varchar",
}
#: Columns that hold JSON: VARCHAR in DuckDB (read with its JSON functions), jsonb here.
JSON_COLUMNS = {("batch_change", "previous"), ("owner_submission", "reports")}
#: Indexes only PostgreSQL has (its migration says why; DuckDB's twin of that version is
#: empty): name, table, columns (INCLUDE's too).
PG_ONLY_INDEXES = [
    (
        "channel_metric_covering",
        "channel_metric",
        ("channel_id", "metric", "period_start", "INCLUDE", "audience_id", "value",
         "illustrative", "sample_size"),
    ),
]  # fmt: skip


def duckdb_schema(path) -> dict[str, object]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        columns = con.execute(
            "SELECT table_name, column_name, data_type, is_nullable, column_default IS NOT NULL "
            "FROM information_schema.columns WHERE table_schema = 'main' "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
        constraints = con.execute(
            "SELECT table_name, constraint_type, constraint_column_names, constraint_text "
            "FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'CHECK') "
            "AND constraint_name NOT LIKE '%\\_not\\_null' ESCAPE '\\'"
        ).fetchall()
        indexes = con.execute(
            "SELECT index_name, table_name, expressions FROM duckdb_indexes()"
        ).fetchall()
        sequences = con.execute("SELECT sequence_name FROM duckdb_sequences()").fetchall()
    finally:
        con.close()
    return {
        "columns": columns,
        "constraints": sorted(_constraint(*row) for row in constraints),
        "indexes": sorted(
            (name, table, tuple(re.findall(r"\w+", str(e)))) for name, table, e in indexes
        ),
        "sequences": sorted(name for (name,) in sequences),
    }


def pg_schema(conn) -> dict[str, object]:
    columns = conn.execute(
        "SELECT table_name, column_name, CASE WHEN data_type = 'ARRAY' THEN udt_name "
        "ELSE data_type END, is_nullable, column_default IS NOT NULL "
        "FROM information_schema.columns WHERE table_schema = current_schema() "
        "ORDER BY table_name, ordinal_position"
    ).fetchall()
    constraints = conn.execute(
        "SELECT t.relname, CASE c.contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' "
        "ELSE 'CHECK' END, array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i), "
        "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
        "JOIN pg_namespace s ON s.oid = t.relnamespace AND s.nspname = current_schema() "
        "WHERE c.contype IN ('p', 'u', 'c')"
    ).fetchall()
    indexes = conn.execute(
        "SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
    ).fetchall()
    sequences = conn.execute(
        "SELECT sequence_name FROM information_schema.sequences "
        "WHERE sequence_schema = current_schema()"
    ).fetchall()
    return {
        "columns": columns,
        "constraints": sorted(_constraint(*row) for row in constraints),
        "indexes": sorted(
            (name, table, tuple(re.findall(r"\w+", d.split("(", 1)[1])))
            for name, table, d in indexes
        ),
        "sequences": sorted(name for (name,) in sequences),
    }


def _constraint(table, kind, columns, text):
    """A constraint as both stores can say it: its table, kind and columns, and for a CHECK
    the quoted values and numbers it names (the two print the clause differently)."""
    literals = re.findall(r"'((?:[^']|'')*)'", text)
    numbers = re.findall(r"\b\d+\b", re.sub(r"'(?:[^']|'')*'", "", text))
    return (
        table,
        kind,
        tuple(sorted(set(columns))),
        tuple(sorted(literals)),
        tuple(sorted(numbers)),
    )


def test_every_duckdb_migration_has_its_postgresql_twin():
    assert missing_twins() == [], (
        "write the PostgreSQL form of these DuckDB migrations in dashboard/migrations_pg/ "
        f"(same file name): {missing_twins()}"
    )
    assert [v for v, _ in migrations(MIGRATIONS_PG_DIR)] == [v for v, _ in migrations()]


def test_migrating_postgresql_gives_duckdb_s_schema(empty_template, pg_database):  # noqa: F811
    applied = migrate(pg_database)
    assert applied == [version for version, _ in migrations()]
    assert schema_version(pg_database) == applied[-1]
    assert migrate(pg_database) == []  # nothing twice
    duck, pg = duckdb_schema(empty_template), pg_schema(pg_database)

    pg_columns = {(t, c): (ty, null, default) for t, c, ty, null, default in pg["columns"]}
    problems = []
    for table, column, duck_type, null, default in duck["columns"]:
        found = pg_columns.get((table, column))
        if found is None:
            problems.append(f"{table}.{column} ({duck_type}) is missing in PostgreSQL")
            continue
        want = "jsonb" if (table, column) in JSON_COLUMNS else TYPES.get(duck_type, duck_type)
        if found != (want, null, default):
            problems.append(
                f"{table}.{column}: DuckDB {duck_type, null, default}, PostgreSQL {found}"
            )
    extra = set(pg_columns) - {(t, c) for t, c, *_ in duck["columns"]}
    problems += [f"{t}.{c} is only in PostgreSQL" for t, c in sorted(extra)]
    assert problems == [], "\n".join(problems)
    # The same column order: a SELECT * gives the same columns on both.
    assert [(t, c) for t, c, *_ in pg["columns"]] == [(t, c) for t, c, *_ in duck["columns"]]
    assert pg["constraints"] == duck["constraints"]
    assert pg["indexes"] == sorted(duck["indexes"] + PG_ONLY_INDEXES)
    assert pg["sequences"] == duck["sequences"]


def test_a_duckdb_migration_without_its_twin_is_refused_by_name(tmp_path, pg_database):  # noqa: F811
    duck_dir = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, duck_dir)
    (duck_dir / "0099_new_table.sql").write_text("CREATE TABLE x (id INTEGER);\n")
    assert missing_twins(duck_dir) == ["0099_new_table.sql"]
    with pytest.raises(DatabaseError, match=r"0099_new_table\.sql"):
        migrate(pg_database, duckdb_dir=duck_dir)
    assert schema_version(pg_database) == 0  # nothing applied


def test_a_database_newer_than_this_planpuls_is_refused(tmp_path, pg_database):  # noqa: F811
    migrate(pg_database)
    pg_database.execute("INSERT INTO schema_version (version, name) VALUES (99, '0099_later')")
    pg_database.commit()
    with pytest.raises(DatabaseError, match="newer than this Planpuls"):
        migrate(pg_database)


def test_the_test_server_starts_quickly(pg_server):  # noqa: F811
    assert pg_bin_dir() is not None
    assert pg_server.startup_seconds < 20, pg_server.startup_seconds  # (about 2 s here)
    with pg_server.connect() as conn:
        assert conn.execute("SELECT current_setting('TimeZone')").fetchone() == ("UTC",)
