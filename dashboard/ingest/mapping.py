"""Tool exports of measures onto the plan: which goal each task goes to, who owns it.

Jira, Asana, monday.com and Planner name their groups (epics, sections, groups,
buckets, labels) and their people in their own words. Before such an export is
staged, each row's goal becomes one of the plan's goal ids and each assignee the
name of an owner (a role), from, in this order:

1. the choices of this upload (one goal for the whole file, or value -> goal and
   person -> role picked on the page or given on the command line);
2. what was chosen for this plan and tool before (table import_mapping);
3. a value that already is a goal's id or title, a name that already is one of the
   organisation's owners.

A value or person left over is refused with a problem that says what to do: no
goal is guessed and no owner is ever created under a person's name unasked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from dashboard.db import load_sql, run_script
from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.reader import RawTable, normalise

#: The preset's own goal column (monday.com's groups are not a column at all).
DEFAULT = ""
#: monday.com's group title, the preset's own goal for monday.
GROUP = "@group"

#: Columns of each tool's export that may say the goal, besides the preset's own
#: choice: Jira's epic (Parent summary in Cloud, Epic Link in Server/Data Center),
#: parent, labels and components; Asana's section, tags and projects; monday's
#: group; Planner's bucket and labels.
GOAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "jira": (
        "Parent summary", "Custom field (Epic Link)", "Epic Link", "Parent",
        "Custom field (Epic Name)", "Labels", "Component/s", "Components", "Sprint",
    ),
    "asana": ("Section/Column", "Tags", "Projects"),
    "monday": (GROUP,),
    "planner": ("Bucket Name", "Labels"),
}  # fmt: skip


@dataclass
class Choice:
    """One value of the export to map: how many rows carry it and where it went."""

    value: str
    rows: int
    first_line: int
    label: str | None = None
    target: str | None = None
    how: str = ""


@dataclass
class ToolMapping:
    """How a tool export's goals and people were mapped onto the plan."""

    source_format: str
    goal_sources: list[str] = field(default_factory=list)
    goal_column: str = DEFAULT
    goal_column_name: str = ""
    goal_all: str | None = None
    goals: list[Choice] = field(default_factory=list)
    owner_column: str | None = None
    owners: list[Choice] = field(default_factory=list)
    #: Staged row (seq) -> "goal" or "owner" for every row refused for a missing mapping.
    unmapped_rows: dict[int, list[str]] = field(default_factory=dict)

    @property
    def unmapped_goals(self) -> list[str]:
        """Goal values that have no goal yet (empty when one goal takes the whole file)."""
        return [] if self.goal_all else [c.value for c in self.goals if c.target is None]

    @property
    def unmapped_owners(self) -> list[str]:
        """People in the assignee column that are not mapped to an owner yet."""
        return [c.value for c in self.owners if c.target is None]


def applies(preset: object | None) -> bool:
    """Whether the detected format is a tool export of measures (the ones mapped here)."""
    return preset is not None and getattr(preset, "kind", None) == "measures"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def goal_sources(preset_id: str, table: RawTable, rows: list[CanonicalRow]) -> list[str]:
    """The columns the goal may be read from: the preset's own first, then the others."""
    own = next((r.columns["goal_id"] for r in rows if "goal_id" in r.columns), None)
    found = [own or GROUP] if own or preset_id == "monday" else []
    names = {normalise(h): h for h in reversed(table.header) if h}
    for name in GOAL_COLUMNS.get(preset_id, ()):
        column = GROUP if name == GROUP else names.get(normalise(name))
        if column and column not in found:
            found.append(column)
    return found


def _cells_by_line(table: RawTable) -> dict[int, list[object]]:
    return dict(zip(table.lines, table.rows, strict=True))


def _source_value(row: CanonicalRow, column: str, own: str, table: RawTable, by_line: dict) -> str:
    """The row's value in ``column``: the first non-empty cell of that name (Jira repeats
    Labels once per label)."""
    if column == own:
        return _text(row.values.get("goal_id"))
    cells = by_line.get(row.line, [])
    wanted = normalise(column)
    for i, name in enumerate(table.header):
        if normalise(name) == wanted and i < len(cells) and _text(cells[i]):
            return _text(cells[i])
    return ""


def _jira_labels(table: RawTable) -> dict[str, str]:
    """An epic's key and id -> its summary, from the epics in the same file."""
    index = {normalise(h): i for i, h in reversed(list(enumerate(table.header)))}
    summary = index.get("summary")
    if summary is None:
        return {}
    labels: dict[str, str] = {}
    for cells in table.rows:
        title = _text(cells[summary]) if summary < len(cells) else ""
        for name in ("issue key", "issue id"):
            i = index.get(name)
            if title and i is not None and i < len(cells) and _text(cells[i]):
                labels[_text(cells[i])] = title
    return labels


def resolve(
    cur,
    *,
    plan_id: str,
    preset_id: str,
    table: RawTable,
    rows: list[CanonicalRow],
    goal_id: str | None = None,
    goal_column: str | None = None,
    goal_map: dict[str, str] | None = None,
    owner_map: dict[str, str] | None = None,
) -> tuple[list[CanonicalRow], ToolMapping]:
    """The rows with goal ids and owners' names put in, and how each value was mapped."""
    remembered = cur.execute(
        load_sql("import_mappings"), {"plan_id": plan_id, "source_format": preset_id}
    ).fetchall()
    goals = [
        (g, title)
        for g, title, *_ in cur.execute(load_sql("goals"), {"plan_id": plan_id}).fetchall()
    ]
    owners = [
        name
        for _id, name in cur.execute(
            load_sql("plan_organisation_owners"), {"plan_id": plan_id}
        ).fetchall()
    ]
    goal_ids = {g for g, _ in goals}
    by_title = {normalise(t): g for g, t in goals}
    owner_names = {normalise(n): n for n in owners}

    sources = goal_sources(preset_id, table, rows)
    own = sources[0] if sources else DEFAULT
    kept = {(k, c, v): t for k, c, v, t in remembered}
    column = goal_column if goal_column in sources else kept.get(("goal_column", "", ""))
    if column not in sources:
        column = own
    result = ToolMapping(preset_id, sources, column, column if column != GROUP else "")
    result.goal_all = goal_id or None
    by_line = _cells_by_line(table)
    labels = _jira_labels(table) if preset_id == "jira" else {}

    def goal_target(value: str) -> tuple[str | None, str]:
        if goal_map and goal_map.get(value) in goal_ids:
            return goal_map[value], "chosen"
        if kept.get(("goal", column, value)) in goal_ids:
            return kept[("goal", column, value)], "remembered"
        if value in goal_ids:
            return value, "matched"
        for word in (value, labels.get(value)):
            if word and normalise(word) in by_title:
                return by_title[normalise(word)], "matched"
        return None, ""

    def owner_target(name: str) -> tuple[str | None, str]:
        chosen = (owner_map or {}).get(name)
        if chosen and chosen.strip():
            return owner_names.get(normalise(chosen), chosen.strip()), "chosen"
        if kept.get(("owner", "", name)):
            target = kept[("owner", "", name)]
            return owner_names.get(normalise(target), target), "remembered"
        if normalise(name) in owner_names:
            return owner_names[normalise(name)], "matched"
        return None, ""

    values = [_source_value(r, column, own, table, by_line) for r in rows]
    people = [_text(r.values.get("owner")) for r in rows]
    goal_choices = _choices(values, rows, goal_target, labels)
    owner_choices = _choices(people, rows, owner_target, {}, skip_empty=True)
    result.goals = goal_choices
    result.owners = owner_choices
    result.owner_column = next((r.columns["owner"] for r in rows if "owner" in r.columns), None)
    goal_of = {c.value: c.target for c in goal_choices}
    owner_of = {c.value: c.target for c in owner_choices}

    out: list[CanonicalRow] = []
    for seq, (row, value, person) in enumerate(zip(rows, values, people, strict=True)):
        new = dict(row.values)
        columns = dict(row.columns)
        if column != GROUP:
            columns["goal_id"] = column
        if goal_id:
            new["goal_id"] = goal_id
        elif goal_of.get(value):
            new["goal_id"] = goal_of[value]
        else:
            new["goal_id"] = value or None
            result.unmapped_rows.setdefault(seq, []).append("goal")
        if person:
            if owner_of.get(person):
                new["owner"] = owner_of[person]
            else:
                result.unmapped_rows.setdefault(seq, []).append("owner")
        out.append(CanonicalRow(row.line, new, columns))
    return out, result


def _choices(
    values: list[str], rows: list[CanonicalRow], target, labels: dict, *, skip_empty=False
) -> list[Choice]:
    counts = Counter(values)
    first: dict[str, int] = {}
    for value, row in zip(values, rows, strict=True):
        first.setdefault(value, row.line)
    out = []
    for value in first:
        if skip_empty and not value:
            continue
        found, how = target(value)
        out.append(Choice(value, counts[value], first[value], labels.get(value), found, how))
    return out


def flag_unmapped(cur, mapping: ToolMapping) -> None:
    """Refuse the staged rows whose goal value or person is not mapped (see the SQL)."""
    pairs = [(seq, what) for seq, whats in mapping.unmapped_rows.items() for what in whats]
    if not pairs:
        return
    frame = pd.DataFrame(pairs, columns=["seq", "what"]).astype({"seq": "int32"})
    cur.register("unmapped_rows", frame)
    try:
        cur.execute(load_sql("import_mapping_unmapped"))
    finally:
        cur.unregister("unmapped_rows")
    run_script(cur, load_sql("import_mapping_problems"), {})


def remember(cur, plan_id: str, mapping: ToolMapping, by: str) -> None:
    """Keep this upload's mapping for the plan and tool (inside the commit's transaction)."""
    for params in remembered(plan_id, mapping, by):
        cur.execute(load_sql("import_mapping_save"), params)


def remembered(plan_id: str, mapping: ToolMapping, by: str) -> list[dict[str, str | None]]:
    """The rows of import_mapping an upload's mapping saves (the parameters of
    import_mapping_save, one dict each; on PostgreSQL dashboard/pg/ingest.py saves them)."""
    saves: list[tuple[str, str, str, str | None]] = [
        ("goal_column", "", "", mapping.goal_column or DEFAULT)
    ]
    if not mapping.goal_all:
        saves += [("goal", mapping.goal_column, c.value, c.target) for c in mapping.goals]
    saves += [("owner", "", c.value, c.target) for c in mapping.owners]
    return [
        {
            "plan_id": plan_id,
            "source_format": mapping.source_format,
            "kind_of_mapping": kind,
            "source_column": column,
            "value": value,
            "target": target,
            "by": by,
        }
        for kind, column, value, target in saves
        if target is not None
    ]


def parse_owner_options(options: list[str]) -> dict[str, str]:
    """``--owner "Kari Nordmann=Kommunikasjonsansvarlig"`` options as name -> role.

    Raises ValueError naming the option without a name, an ``=`` or a role.
    """
    found: dict[str, str] = {}
    for option in options:
        name, sep, role = option.partition("=")
        if not sep or not name.strip() or not role.strip():
            raise ValueError(option)
        found[name.strip()] = role.strip()
    return found
