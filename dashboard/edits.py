"""Edits on the pages: a table as shown and as edited becomes a previewed, undoable batch.

The secretariat corrects goals, measures, owners, channels, target groups and goal
targets in editable tables. :func:`shown` gives a table as the page shows it (one
row per record, keyed by ``id``; names where the database holds ids), :func:`preview`
compares it with the edited table (added rows have no id; missing rows were
removed) and lists what would be added, changed (field by field) and removed, and
every problem at once. :func:`commit_edit` writes a clean preview in one
transaction as one import batch that Importhistorikk lists and can undo whole.

A measure with status history (or channel figures) is archived, never deleted.
A goal with measures cannot be removed; nor can an owner, channel or target group
that something still uses. New owners, channels and target groups named in a
measure edit are created in the same batch.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from dashboard.board import check_email
from dashboard.coverage import RICHNESS_IDS, richness_words
from dashboard.db import Database, DatabaseError, load_sql, parameters, run_script
from dashboard.dependencies import cycle_text, find_cycles
from dashboard.i18n import message
from dashboard.ingest import batches
from dashboard.labels import LEVELS, METRICS
from dashboard.refusal import Refused

#: Columns of each editable table: (name in the frame, kind). The label of a
#: column is the message ``edit.col.<name>``.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "goals": (
        ("title", "title"),
        ("description", "text"),
        ("sort_order", "int"),
        ("parent_goal", "parent_goal"),  # the parent plan's goal it serves (issue 14)
    ),
    "measures": (
        ("title", "title"),
        ("goal", "goal"),
        ("owner", "owner"),
        ("channels", "names"),
        ("audiences", "names"),
        ("start_date", "date"),
        ("due_date", "date"),
        ("weight", "weight"),
        ("depends_on", "ids"),
    ),
    "owners": (("name", "title"), ("email", "email")),
    "channels": (("name", "title"), ("scope", "scope"), ("richness", "richness")),
    "audiences": (("name", "title"), ("scope", "scope")),
    "targets": (
        ("goal", "goal"),
        ("channel", "channel"),
        ("metric", "title"),
        ("period_start", "required_date"),
        ("period_end", "required_date"),
        ("target", "number"),
        ("direction", "direction"),
    ),
    # the organisation's metric levels (issue 14): one row per known metric, level only
    "levels": (("metric", "fixed"), ("level", "level")),
}
TABLES: tuple[str, ...] = tuple(COLUMNS)
SCOPES: tuple[str, ...] = ("external", "internal")
#: Whether a higher or a lower figure is better for a goal target (goal_kpi.direction).
DIRECTIONS: tuple[str, ...] = ("up", "down")
#: Tables whose names must be unique (case-insensitive) within the edited table.
_UNIQUE = {"goals": "title", "owners": "name", "channels": "name", "audiences": "name"}


class EditRefused(Refused):
    """An edit cannot be saved; the message is ``edit.refused.<code>``."""

    prefix = "edit.refused."


@dataclass(frozen=True)
class Problem:
    """Something wrong with a row: its number as shown, the column, a message code."""

    row: int  # 1-based, as the user sees the table (removed rows: as it was shown)
    column: str | None  # column name (label: edit.col.<column>), None for the whole row
    code: str  # message edit.problem.<code>
    params: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The problem in words: row, column, what is wrong and what to do."""
        what = message(f"edit.problem.{self.code}", lang, **self.params)
        if self.column is None:
            return message("edit.problem.at_row", lang, row=self.row, what=what)
        column = message(f"edit.col.{self.column}", lang)
        return message("edit.problem.at_cell", lang, row=self.row, column=column, what=what)


@dataclass(frozen=True)
class FieldChange:
    """One changed field of a row: column name, old and new value (as normalised)."""

    column: str
    old: Any
    new: Any


@dataclass(frozen=True)
class RowEdit:
    """An added, changed or removed row: its id (None when added), label and values."""

    id: str | None
    row: int
    label: str
    values: dict[str, Any]
    changes: tuple[FieldChange, ...] = ()
    archive: bool = False  # a removed measure with history: archived, not deleted


@dataclass
class EditPreview:
    """What saving an edited table would do, and every problem that stops it."""

    table: str
    plan_id: str
    context: str  # what the table was, for the batch's description (a goal's title, or '')
    added: list[RowEdit] = field(default_factory=list)
    changed: list[RowEdit] = field(default_factory=list)
    removed: list[RowEdit] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_names: dict[str, list[str]] = field(default_factory=dict)  # owner/channel/audience
    shown_values: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the edit can be saved."""
        return not self.problems

    @property
    def empty(self) -> bool:
        """True when the edit would change nothing."""
        return not (self.added or self.changed or self.removed)


# Reading ----------------------------------------------------------------------


def _frame(cur: duckdb.DuckDBPyConnection, name: str, **params: Any) -> pd.DataFrame:
    text = load_sql(name)
    return cur.execute(text, parameters(text, params)).df()


def _shown(cur: duckdb.DuckDBPyConnection, table: str, plan_id: str, goal_id: str | None):
    frame = _frame(
        cur,
        f"edit_{table}",
        plan_id=plan_id,
        goal_id=goal_id,
        metrics=[m.id for m in METRICS],
        defaults=[m.level for m in METRICS],
    )
    for column, kind in COLUMNS[table]:
        if kind in ("names", "ids"):
            frame[column] = [_as_list(v) for v in frame[column]]
        elif kind in ("date", "required_date"):
            frame[column] = [_as_date(v) for v in frame[column]]
    return frame.reset_index(drop=True)


def shown(db: Database, table: str, plan_id: str, goal_id: str | None = None) -> pd.DataFrame:
    """The table as the page shows it for editing: ``id`` and the columns of COLUMNS."""
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}")
    with db.cursor() as cur:
        return _shown(cur, table, plan_id, goal_id)


def choices(db: Database, plan_id: str) -> dict[str, list[str]]:
    """Names a table's choice columns offer: the plan's goals and measure ids, the
    organisation's owners, channels and target groups."""
    with db.cursor() as cur:
        frame = _frame(cur, "edit_choices", plan_id=plan_id)
    return {
        what: frame.loc[frame["what"] == what, "name"].tolist()
        for what in ("goal", "owner", "channel", "audience", "measure", "parent_goal")
    }


# Normalising cells ------------------------------------------------------------


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, (list, tuple)):
        return False
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        return False
    return isinstance(value, str) and not value.strip()


def _as_list(value: Any) -> list[str]:
    """A list cell (list, array, or text separated by ``,`` or ``|``) as clean names."""
    if value is None or (not hasattr(value, "__len__") and _blank(value)):
        return []
    if isinstance(value, str):
        parts: Iterable[Any] = re.split(r"[,|]", value)
    else:
        parts = list(value)
    out: list[str] = []
    for part in parts:
        if _blank(part):
            continue
        name = str(part).strip()
        if name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out


def _as_date(value: Any) -> dt.date | None:
    if _blank(value):
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                pass
        raise ValueError(text)
    return pd.Timestamp(value).date()


def _as_number(value: Any) -> float | None:
    if _blank(value):
        return None
    if isinstance(value, str):
        value = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    number = float(value)
    if number != number:  # NaN
        return None
    return number


def _text(value: Any) -> str | None:
    return None if _blank(value) else str(value).strip()


def _key(name: str | None) -> str:
    return (name or "").strip().casefold()


def _cell(kind: str, value: Any) -> tuple[Any, str | None]:
    """A cell's normalised value, or a problem code."""
    if kind == "title":
        text = _text(value)
        return (text, None) if text else (None, "empty")
    if kind in ("text", "goal", "owner", "channel", "fixed", "parent_goal"):
        return _text(value), None
    if kind == "level":
        text = _key(_text(value)).replace("-", "")
        return (text, None) if text in LEVELS else (None, "bad_level")
    if kind in ("names", "ids"):
        return _as_list(value), None
    if kind == "scope":
        text = _key(_text(value))
        aliases = {"intern": "internal", "ekstern": "external"}
        text = aliases.get(text, text)
        return (text, None) if text in SCOPES else (None, "bad_scope")
    if kind == "richness":  # a step of Tynset's scale (dashboard/coverage.py), or not set
        text = _key(_text(value))
        if not text:
            return None, None
        level = text if text in RICHNESS_IDS else richness_words().get(text)
        return (level, None) if level else (None, "bad_richness")
    if kind == "direction":
        text = _key(_text(value)) or "up"
        text = {"opp": "up", "ned": "down"}.get(text, text)
        return (text, None) if text in DIRECTIONS else (None, "bad_direction")
    if kind == "email":
        try:
            return check_email(_text(value)), None
        except ValueError:
            return None, "bad_email"
    if kind in ("date", "required_date"):
        try:
            day = _as_date(value)
        except (ValueError, TypeError):
            return None, "bad_date"
        if day is None and kind == "required_date":
            return None, "empty"
        return day, None
    if kind in ("number", "weight", "int"):
        try:
            number = _as_number(value)
        except (ValueError, TypeError):
            return None, "not_a_number"
        if number is None:  # a weight defaults to 1, an order to the end
            return {"weight": (1.0, None), "int": (None, None)}.get(kind, (None, "empty"))
        if kind == "weight" and number < 0:
            return None, "negative_weight"
        if kind == "int":
            if number != int(number):
                return None, "not_a_number"
            return int(number), None
        return number, None
    raise ValueError(f"unknown column kind {kind!r}")


def _same(kind: str, old: Any, new: Any) -> bool:
    if kind == "names":
        return sorted(map(_key, old or [])) == sorted(map(_key, new or []))
    if kind == "ids":  # measure ids are exact
        return sorted(old or []) == sorted(new or [])
    if kind in ("goal", "owner", "channel", "parent_goal"):
        return _key(old) == _key(new)
    if kind in ("number", "weight") and old is not None and new is not None:
        return abs(float(old) - float(new)) < 1e-9
    return old == new


# Preview ----------------------------------------------------------------------


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [dict(zip(frame.columns, values, strict=True)) for values in frame.itertuples(False)]


def _label(table: str, values: dict[str, Any]) -> str:
    if table == "targets":
        parts = [values.get("goal"), values.get("channel"), values.get("metric")]
        return " · ".join(str(p) for p in parts if p)
    if table == "levels":
        return str(values.get("metric") or "")
    return str(values.get("name") or values.get("title") or "")


def _id(value: Any) -> str | None:
    return None if _blank(value) else str(value)


def preview(
    db: Database,
    table: str,
    before: pd.DataFrame,
    after: pd.DataFrame,
    *,
    plan_id: str,
    context: str = "",
) -> EditPreview:
    """Compare the table as shown (``before``) with the edited one (``after``).

    Rows of ``after`` without an id are added; ids of ``before`` missing from
    ``after`` are removed. Every problem is reported, with the row number as the
    user sees it and the column.
    """
    spec = COLUMNS[table]
    result = EditPreview(table=table, plan_id=plan_id, context=context)
    names = choices(db, plan_id)
    known = {what: {_key(n) for n in found} for what, found in names.items()}

    old_rows = {_id(r["id"]): r for r in _rows(before)}
    old_position = {key: i + 1 for i, key in enumerate(old_rows)}
    seen: set[str] = set()
    kept: list[tuple[int, dict[str, Any]]] = []
    waits: list[tuple[int, str | None, list[str]]] = []  # (row, measure id, waits on)
    for position, raw in enumerate(_rows(after), start=1):
        row_id = _id(raw.get("id"))
        if row_id is not None and row_id not in old_rows:
            row_id = None  # an id typed into a new row is not trusted: a new id is made
        values: dict[str, Any] = {}
        for column, kind in spec:
            value, code = _cell(kind, raw.get(column))
            if code:
                result.problems.append(Problem(position, column, code))
            values[column] = value
            if kind in ("goal", "channel") and value is not None:
                if _key(value) not in known[kind]:
                    result.problems.append(Problem(position, column, f"unknown_{kind}"))
            elif kind in ("goal", "channel") and value is None and code is None:
                result.problems.append(Problem(position, column, "empty"))
            elif kind == "parent_goal" and value is not None and _key(value) not in known[kind]:
                # not a goal of the parent plan (or the plan has none)
                result.problems.append(Problem(position, column, "parent_goal_not_in_parent"))
        _row_rules(table, position, values, result.problems)
        kept.append((position, values))
        if table == "measures":
            waits.append((position, row_id, values["depends_on"]))
        if row_id is None:
            result.added.append(RowEdit(None, position, _label(table, values), values))
            continue
        seen.add(row_id)
        old = {column: _cell(kind, old_rows[row_id].get(column))[0] for column, kind in spec}
        result.shown_values[row_id] = old
        changes = tuple(
            FieldChange(column, old[column], values[column])
            for column, kind in spec
            if not _same(kind, old[column], values[column])
        )
        if changes:
            result.changed.append(RowEdit(row_id, position, _label(table, values), values, changes))

    removed_ids = [key for key in old_rows if key is not None and key not in seen]
    for key in removed_ids:
        old = {column: _cell(kind, old_rows[key].get(column))[0] for column, kind in spec}
        result.shown_values[key] = old
        result.removed.append(RowEdit(key, old_position[key], _label(table, old), old))

    _unique_rule(table, kept, result.problems)
    if table == "levels":  # the known metrics are fixed: only their level changes
        for edit in result.added + result.removed:
            result.problems.append(Problem(edit.row, None, "fixed_rows"))
    _removal_rules(db, table, result)
    if table == "measures":
        _dependency_rules(db, plan_id, waits, result)
    if table == "measures":
        touched = [r.values for r in result.added + result.changed]
        owners = {_key(v["owner"]): v["owner"] for v in touched if v["owner"]}
        result.new_names["owner"] = [n for k, n in owners.items() if k not in known["owner"]]
        for column, what in (("channels", "channel"), ("audiences", "audience")):
            new = {_key(n): n for v in touched for n in v[column] if _key(n) not in known[what]}
            result.new_names[what] = list(new.values())
    result.problems.sort(key=lambda p: (p.row, p.column or ""))
    return result


def _row_rules(table: str, row: int, values: dict[str, Any], problems: list[Problem]) -> None:
    pairs = {"measures": ("start_date", "due_date"), "targets": ("period_start", "period_end")}
    if table in pairs:
        first, last = pairs[table]
        if values[first] and values[last] and values[last] < values[first]:
            code = "due_before_start" if table == "measures" else "period_reversed"
            problems.append(Problem(row, last, code))


def _dependency_rules(
    db: Database, plan_id: str, waits: list[tuple[int, str | None, list[str]]], result: EditPreview
) -> None:
    """What the edited measures wait on must be other measures of the plan, in no ring;
    a measure others still wait on cannot be deleted (issue 14)."""
    wanted = sorted({d for _row, _id, deps in waits for d in deps})
    with db.cursor() as cur:
        found = _frame(cur, "edit_dependencies", ids=wanted, plan_id=plan_id)
    plans = dict(found.loc[found["what"] == "measure", ["measure_id", "depends_on"]].values)
    stored = found.loc[found["what"] == "edge", ["measure_id", "depends_on"]]
    edited = {row_id for _row, row_id, _deps in waits if row_id is not None}
    removed = {r.id: r for r in result.removed if not r.archive}
    gone = edited | set(removed)
    edges = [(m, d) for m, d in stored.itertuples(index=False) if m not in gone]
    where: dict[tuple[str, str], int] = {}
    for row, row_id, deps in waits:
        for dep in deps:
            if dep == row_id:
                result.problems.append(Problem(row, "depends_on", "dependency_self", {"id": dep}))
            elif dep not in plans or dep in removed:  # (a measure deleted in this edit)
                result.problems.append(
                    Problem(row, "depends_on", "unknown_dependency", {"id": dep})
                )
            elif plans[dep] != plan_id:
                result.problems.append(
                    Problem(row, "depends_on", "dependency_other_plan", {"id": dep})
                )
            elif row_id is not None:
                edges.append((row_id, dep))
                where.setdefault((row_id, dep), row)
    for cycle in find_cycles(edges):
        rows = [where[e] for e in itertools.pairwise(cycle) if e in where]
        if rows:
            ring: dict[str, object] = {"cycle": cycle_text(cycle)}
            result.problems.append(Problem(min(rows), "depends_on", "dependency_cycle", ring))
    for measure_id, edit in removed.items():
        # measures outside the edited rows that still wait on one being deleted
        waiting = sorted({m for m, d in stored.itertuples(index=False) if d == measure_id} - gone)
        if waiting:
            uses: dict[str, object] = {"uses": ", ".join(waiting)}
            result.problems.append(Problem(edit.row, "title", "in_use_dependency", uses))


def _unique_rule(
    table: str, kept: list[tuple[int, dict[str, Any]]], problems: list[Problem]
) -> None:
    first: dict[Any, int] = {}
    for position, values in kept:
        key: tuple[object, ...] | str
        if table == "targets":
            key = (
                _key(values["goal"]),
                _key(values["channel"]),
                _key(values["metric"]),
                values["period_start"],
            )
            column = "metric"
        elif table in _UNIQUE:
            column = _UNIQUE[table]
            key = _key(values[column])
        else:
            return
        if not key or any(k in (None, "") for k in (key if isinstance(key, tuple) else (key,))):
            continue
        if key in first:
            problems.append(Problem(position, column, "duplicate", {"other": first[key]}))
        else:
            first[key] = position


def _removal_rules(db: Database, table: str, result: EditPreview) -> None:
    """Refuse removals of what is still in use; mark measures with history for archiving."""
    if not result.removed:
        return
    ids = [r.id for r in result.removed]
    with db.cursor() as cur:
        if table == "measures":
            history = set(_frame(cur, "edit_measure_history", ids=ids)["id"])
            result.removed = [
                RowEdit(r.id, r.row, r.label, r.values, archive=r.id in history)
                for r in result.removed
            ]
            return
        if table not in ("goals", "owners", "channels", "audiences"):
            return
        uses = _frame(cur, f"edit_{table}_in_use", ids=ids)
    for edit in result.removed:
        found = uses[uses["id"] == edit.id]
        if found.empty:
            continue
        titles = [t for t in found["title"] if t]
        shown_titles = ", ".join(f"«{t}»" for t in titles[:5])
        if len(titles) > 5:
            shown_titles += f" (+{len(titles) - 5})"
        column = "title" if table == "goals" else "name"
        result.problems.append(
            Problem(edit.row, column, f"in_use_{table}", {"n": len(titles), "uses": shown_titles})
        )


# Committing -------------------------------------------------------------------


def _slug(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:40] or "x"


def _new_id(prefix: str, name: str, taken: set[str]) -> str:
    base = f"{prefix}-{_slug(name)}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def describe(preview: EditPreview, lang: str) -> str:
    """The batch's description, e.g. ``Redigering: tiltak (Mål: Tydeligere profil)``."""
    what = message(f"edit.table.{preview.table}", lang)
    if preview.context:
        return message("edit.batch_name_in", lang, what=what, context=preview.context)
    return message("edit.batch_name", lang, what=what)


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def commit_edit(db: Database, preview: EditPreview, *, by: str, lang: str = "nb") -> int:
    """Write a clean preview in one transaction as one import batch; return its number.

    Raises EditRefused when the preview has problems, changes nothing, or the rows
    it changes were changed by someone else since they were shown.
    """
    if not preview.ok:
        raise EditRefused("problems", n=len(preview.problems))
    if preview.empty:
        raise EditRefused("nothing")
    try:
        return _commit(db, preview, by=by, lang=lang)
    except duckdb.ConstraintException as exc:
        # Two rows with one key (a target moved onto another goal's, say): all rolled back.
        raise EditRefused("conflict") from exc


def _commit(db: Database, preview: EditPreview, *, by: str, lang: str) -> int:
    table = preview.table
    with db.write() as cur:
        _check_current(cur, preview)
        org_id, ids = _context(cur, preview.plan_id)
        refs = _frame(cur, "edit_refs", plan_id=preview.plan_id)
        lookup = {
            what: {_key(n): i for n, i in zip(g["name"], g["id"], strict=True)}
            for what, g in refs.groupby("what")
        }
        names_rows: list[tuple[str, str, str]] = []
        for what, new in preview.new_names.items():
            for name in new:
                new_id = _new_id(org_id, name, ids[what])
                lookup.setdefault(what, {})[_key(name)] = new_id
                names_rows.append((what, new_id, name))

        rows: list[tuple[str, str, str]] = []
        taken = ids[table]
        for action, edits in (
            ("added", preview.added),
            ("changed", preview.changed),
            ("removed", preview.removed),
        ):
            for edit in edits:
                values = _resolved(table, edit.values, lookup)
                row_id = edit.id
                if row_id is None:
                    row_id = _added_id(table, preview.plan_id, org_id, values, taken)
                act = "archived" if edit.archive else action
                payload = {k: _json(v) for k, v in values.items()}
                rows.append((act, row_id, json.dumps(payload, ensure_ascii=False)))

        cur.execute(load_sql("edit_rows_create"))
        if rows:
            cur.executemany(load_sql("edit_rows_insert"), rows)
        if names_rows:
            cur.executemany(load_sql("edit_names_insert"), names_rows)
        description = describe(preview, lang)
        batch = batches.record(
            cur,
            by=by,
            file=description,
            kind=f"edit_{table}",
            source_format=None,
            added=len(preview.added),
            changed=len(preview.changed) + len(preview.removed),
        )
        params = {
            "batch": batch,
            "source": description,
            "plan_id": preview.plan_id,
            "org_id": org_id,
        }
        before, after = _AROUND.get(table, ((), ()))
        for name in (*before, f"edit_{table}_apply", *after):
            run_script(cur, load_sql(name), params)
        dangling = cur.execute(load_sql("dangling_references"), {"batch": None}).fetchall()
        if dangling:
            raise DatabaseError(f"edit would leave dangling references: {dangling[:5]}")
    return int(batch)


#: The statements of an edit that JSON makes differ between DuckDB and PostgreSQL, in
#: files of their own (each with its variant in sql/pg/): run before and after the apply.
_AROUND: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "measures": (("edit_measures_previous",), ("edit_measures_links",)),
}


def _check_current(cur: duckdb.DuckDBPyConnection, preview: EditPreview) -> None:
    """Refuse when a changed or removed row no longer is what the user saw."""
    touched = [e.id for e in preview.changed + preview.removed]
    if not touched:
        return
    current = _shown(cur, preview.table, preview.plan_id, None)  # the whole plan's rows
    by_id = {_id(r["id"]): r for r in _rows(current)}
    for key in touched:
        if key is None or (now := by_id.get(key)) is None:
            raise EditRefused("stale")
        for column, kind in COLUMNS[preview.table]:
            value = _cell(kind, now.get(column))[0]
            if not _same(kind, value, preview.shown_values[key][column]):
                raise EditRefused("stale")


def _context(cur: duckdb.DuckDBPyConnection, plan_id: str) -> tuple[str, dict[str, set[str]]]:
    taken = _frame(cur, "edit_taken_ids", plan_id=plan_id)
    org = taken.loc[taken["what"] == "org", "id"]
    if org.empty:
        raise EditRefused("no_plan", plan=plan_id)
    ids = {what: set(g["id"]) for what, g in taken.groupby("what")}
    out = {
        "goals": ids.get("goal", set()),
        "measures": ids.get("measure", set()),
        "owners": ids.get("owner", set()),
        "channels": ids.get("channel", set()),
        "audiences": ids.get("audience", set()),
        "targets": set(),
        "levels": set(),
        "owner": ids.get("owner", set()),
        "channel": ids.get("channel", set()),
        "audience": ids.get("audience", set()),
    }
    return str(org.iloc[0]), out


def _resolved(table: str, values: dict[str, Any], lookup: dict[str, dict[str, str]]):
    """Values with names turned into ids (goal_id, owner_id, channel_ids …)."""
    out = dict(values)
    if "goal" in values:
        out["goal_id"] = lookup.get("goal", {}).get(_key(values["goal"]))
    if "parent_goal" in values:
        out["parent_goal_id"] = lookup.get("parent_goal", {}).get(_key(values["parent_goal"]))
    if "owner" in values:
        out["owner_id"] = lookup.get("owner", {}).get(_key(values["owner"]))
    if "channel" in values:
        out["channel_id"] = lookup.get("channel", {}).get(_key(values["channel"]))
    if table == "measures":
        out["depends_ids"] = list(values["depends_on"])
        out["channel_ids"] = [lookup["channel"][_key(n)] for n in values["channels"]]
        out["audience_ids"] = [lookup["audience"][_key(n)] for n in values["audiences"]]
    return out


def _added_id(table: str, plan_id: str, org_id: str, values: dict[str, Any], taken: set[str]):
    if table == "goals":
        return _new_id(plan_id, values["title"], taken)
    if table == "measures":
        return _new_id(values["goal_id"] or plan_id, values["title"], taken)
    if table == "targets":
        return "|".join(
            [values["goal_id"], values["channel_id"], values["metric"], str(values["period_start"])]
        )
    return _new_id(org_id, values["name"], taken)
