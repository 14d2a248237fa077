"""Named queries on PostgreSQL: the same files as DuckDB's, in psycopg's parameter style.

A query's text is ``dashboard/sql/<name>.sql``, or its PostgreSQL variant
``dashboard/sql/pg/<name>.sql`` where the dialects differ (``load_sql(name,
dialect="postgresql")``). DuckDB binds ``$name`` (and ``?``); psycopg binds
``%(name)s`` (and ``%s``). :func:`to_psycopg` is the one place that turns the one into
the other; it changes nothing else in the text (no casts are added).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import psycopg
from psycopg.adapt import Loader

from dashboard.db import Identifier, load_sql

# A quoted string (also PostgreSQL's $tag$…$tag$), a quoted name, a comment, a parameter,
# a lone % (psycopg's marker).
_TOKEN = re.compile(
    r"""(?P<string>'(?:[^']|'')*')
      | (?P<dollar>\$(?P<tag>[a-z_]*)\$.*?\$(?P=tag)\$)
      | (?P<name>"(?:[^"]|"")*")
      | (?P<line_comment>--[^\n]*)
      | (?P<block_comment>/\*.*?\*/)
      | \$(?P<param>[a-z_][a-z0-9_]*)
      | (?P<positional>\?)
      | (?P<percent>%)""",
    re.VERBOSE | re.DOTALL,
)


def to_psycopg(text: str) -> str:
    """DuckDB's query text with psycopg's placeholders: ``$name`` → ``%(name)s``,
    ``?`` → ``%s``, a literal ``%`` → ``%%``; comments dropped (a ``$word`` or ``?`` in
    a comment is no parameter). Text that mixes ``$name`` and ``?`` is refused.

    The result is run with a parameter mapping, also an empty one: psycopg reads ``%%``
    as ``%`` only then."""
    kinds: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        kind = match.lastgroup
        value = match.group()
        if kind in ("string", "dollar", "name"):
            return value.replace("%", "%%")
        if kind in ("line_comment", "block_comment"):
            return " "
        if kind == "percent":
            return "%%"
        kinds.add(kind or "")
        return f"%({match.group('param')})s" if kind == "param" else "%s"

    out = _TOKEN.sub(replace, text)
    if len(kinds) > 1:
        raise ValueError("a query binds by name ($name) or by position (?), not both")
    return out


def pg_sql(name: str, **identifiers: Identifier) -> str:
    """The named query for PostgreSQL in psycopg's parameter style."""
    return to_psycopg(load_sql(name, dialect="postgresql", **identifiers))


def pg_value(value: Any) -> Any:
    """A parameter value psycopg can send: numpy and pandas scalars as Python's own."""
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [pg_value(v) for v in value]
    return value


def pg_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of a named query, ready for psycopg."""
    return {key: pg_value(value) for key, value in params.items()}


class _FloatLoader(Loader):
    """PostgreSQL ``numeric`` (a sum of BIGINTs, an average of integers) read as a float,
    as DuckDB's DOUBLE and HUGEINT results reach pandas."""

    def load(self, data: Any) -> float:
        return float(Decimal(bytes(data).decode()))


def fetch(
    cur: psycopg.Cursor[Any], name: str, params: Mapping[str, Any] | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run the named query on a PostgreSQL cursor with bound parameters, as
    Database.query does on DuckDB: (column names, rows); ``numeric`` comes back as float.
    A statement without rows (a temporary function made) gives ([], [])."""
    cur.adapters.register_loader("numeric", _FloatLoader)
    cur.execute(pg_sql(name), pg_params(params or {}))
    if cur.description is None:
        return [], []
    return [column.name for column in cur.description], cur.fetchall()
