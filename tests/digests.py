"""A digest of every row of every table: to prove a database is unchanged, or two are equal."""

from __future__ import annotations

from dashboard.db import Database


def tables(db: Database) -> list[str]:
    """The base tables of the database, by name."""
    rows = db.sql(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
    )
    return rows["table_name"].tolist()


def table_digests(db: Database, *, skip: frozenset[str] = frozenset()) -> dict[str, tuple]:
    """Per table: (row count, and two order-free sums of the hashes of its rows).

    ``skip`` names columns (``table.column``) left out, such as load timestamps.
    """
    parts = []
    for table in tables(db):
        left_out = sorted(c.split(".", 1)[1] for c in skip if c.startswith(f"{table}."))
        columns = f"* EXCLUDE ({', '.join(left_out)})" if left_out else "*"
        parts.append(
            f"SELECT '{table}' AS t, count(*) AS n, coalesce(bit_xor(hash(r))::VARCHAR, '') AS x, "
            f"coalesce(sum(hash(r)::HUGEINT)::VARCHAR, '') AS s "
            f'FROM (SELECT {columns} FROM "{table}") AS r'
        )
    found = db.sql(" UNION ALL ".join(parts))
    return {t: (int(n), x, s) for t, n, x, s in found.itertuples(index=False)}
