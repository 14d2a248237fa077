"""The PostgreSQL schema: ``dashboard/migrations_pg``, the same versions as DuckDB's.

Every DuckDB migration ``dashboard/migrations/NNNN_words.sql`` has its PostgreSQL form
under the same file name in ``dashboard/migrations_pg`` (the same tables, columns and
constraints; ``jsonb`` where DuckDB keeps JSON text). Applied versions are recorded in
``schema_version`` as on DuckDB (the same named queries), one transaction per migration.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg

from dashboard.db import MIGRATIONS_DIR, DatabaseError, migrations, to_apply
from dashboard.pg.sql import pg_sql

MIGRATIONS_PG_DIR = Path(__file__).parent.parent / "migrations_pg"


def missing_twins(duckdb_dir: Path = MIGRATIONS_DIR, pg_dir: Path = MIGRATIONS_PG_DIR) -> list[str]:
    """The DuckDB migrations (file names) that have no PostgreSQL form of the same name."""
    written = {path.name for _, path in migrations(pg_dir)}
    return [path.name for _, path in migrations(duckdb_dir) if path.name not in written]


def schema_version(conn: psycopg.Connection[Any]) -> int:
    """The highest migration applied to the connected database (0: none)."""
    row = conn.execute(pg_sql("schema_version_exists"), {}).fetchone()
    if not row or not row[0]:
        return 0
    row = conn.execute(pg_sql("schema_version"), {}).fetchone()
    return int(row[0]) if row else 0


def migrate(
    conn: psycopg.Connection[Any],
    directory: Path = MIGRATIONS_PG_DIR,
    duckdb_dir: Path = MIGRATIONS_DIR,
) -> list[int]:
    """Apply the PostgreSQL migrations the database has not had yet; return their versions.

    Refused, naming the files, while a DuckDB migration has no PostgreSQL form: the two
    stores would otherwise stand at the same version with different schemas.
    """
    if missing := missing_twins(duckdb_dir, directory):
        raise DatabaseError(
            "These DuckDB migrations have no PostgreSQL form in "
            f"{directory.name}/ (same file name): {', '.join(missing)}"
        )
    with conn.transaction():
        current = schema_version(conn)
    applied = []
    for version, path in to_apply(migrations(directory), current, conn.info.dbname):
        with conn.transaction():
            conn.execute(pg_sql("schema_version_create"), {})
            conn.execute(path.read_text(encoding="utf-8"))
            conn.execute(
                pg_sql("schema_version_insert"),
                {"v": version, "n": path.stem},
            )
        applied.append(version)
    return applied
