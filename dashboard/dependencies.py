"""Dependencies between measures (issue 14, item 5): which measure waits on which.

A measure may wait on other measures of its plan (``measure_dependency``, written by a
measures upload's ``depends_on`` column and by the measures editor). The rules here are
pure functions over edges ``(measure, waits on)``: the cycles an upload or an edit must
refuse, and, from the measures that are late (:func:`dashboard.metrics.is_overdue`), the
late measures each measure waits for, directly or along a chain.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from html import escape

import pandas as pd

from dashboard import metrics
from dashboard.db import Database
from dashboard.labels import CLOSED_STATUSES, INITIAL_STATUS, measure_label, status

Edge = tuple[str, str]

#: What a cycle is written as: ``t03 → t05 → t03``.
ARROW = " → "


def _graph(edges: Iterable[Edge]) -> dict[str, list[str]]:
    graph: dict[str, list[str]] = defaultdict(list)
    for measure, waits_on in edges:
        if waits_on not in graph[measure]:
            graph[measure].append(waits_on)
    return {node: sorted(targets) for node, targets in graph.items()}


def find_cycles(edges: Iterable[Edge]) -> list[list[str]]:
    """Each cycle of the graph once, as the ids along it back to the first
    (``["t03", "t05", "t03"]``); a measure waiting on itself is ``["t03", "t03"]``.

    One cycle per strongly connected group of measures (Tarjan), starting at its
    smallest id, so the same edges always give the same message.
    """
    graph = _graph(edges)
    nodes = sorted(set(graph) | {t for targets in graph.values() for t in targets})
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def connect(start: str) -> None:
        # Iterative Tarjan: (node, position in its list of targets).
        work = [(start, 0)]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, i = work[-1]
            targets = graph.get(node, [])
            if i < len(targets):
                work[-1] = (node, i + 1)
                target = targets[i]
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)

    for node in nodes:
        if node not in index:
            connect(node)
    cycles = []
    for group in groups:
        first = min(group)
        if len(group) == 1 and first not in graph.get(first, []):
            continue
        cycles.append(_cycle_through(first, group, graph))
    return sorted(cycles)


def _cycle_through(first: str, group: set[str], graph: Mapping[str, list[str]]) -> list[str]:
    """The shortest way from ``first`` back to itself inside its group (breadth first)."""
    came_from: dict[str, str] = {}
    queue = [first]
    while queue:
        node = queue.pop(0)
        for target in graph.get(node, []):
            if target not in group:
                continue
            if target == first:
                path = [node]
                while path[-1] != first:
                    path.append(came_from[path[-1]])
                return [first, *reversed(path[:-1]), first] if node != first else [first, first]
            if target not in came_from:
                came_from[target] = node
                queue.append(target)
    raise ValueError(f"{first} is on no cycle")  # pragma: no cover - groups come from Tarjan


def cycle_text(cycle: list[str]) -> str:
    """A cycle as people read it: ``t03 → t05 → t03``."""
    return ARROW.join(cycle)


def waiting_for(edges: Iterable[Edge], late: set[str]) -> dict[str, list[str]]:
    """Per measure, the late measures it waits on, directly or along a chain, nearest
    first (breadth first over the edges). Measures waiting on nothing late are left out."""
    graph = _graph(edges)
    out: dict[str, list[str]] = {}
    for measure in sorted(graph):
        seen = {measure}
        queue = list(graph[measure])
        found: list[str] = []
        while queue:
            node = queue.pop(0)
            if node in seen:
                continue
            seen.add(node)
            if node in late:
                found.append(node)
            queue.extend(graph.get(node, []))
        if found:
            out[measure] = found
    return out


def plan_dependencies(db: Database, plan_id: str, as_of: dt.date) -> pd.DataFrame:
    """The plan's dependencies (archived measures left out), each with the measure waited
    on: its title, due date, status on ``as_of`` and whether it is late then."""
    deps = db.query(
        "measure_dependencies", plan_id=plan_id, as_of=as_of, initial_status=INITIAL_STATUS
    )
    deps["late"] = [
        metrics.is_overdue(None if pd.isna(due) else due, state, as_of)
        for due, state in zip(deps["depends_due"], deps["depends_status"], strict=True)
    ]
    return deps


def add_waiting(states: pd.DataFrame, deps: pd.DataFrame) -> pd.DataFrame:
    """Measure states with ``waiting_for``: the late measures each open measure waits on
    (``t01 «Title», t02 «Title»``), empty when none or when it is done or cancelled."""
    out = states.copy()
    edges = list(zip(deps["measure_id"], deps["depends_on"], strict=True))
    late = set(deps.loc[deps["late"].astype(bool), "depends_on"])
    titles = dict(zip(deps["depends_on"], deps["depends_title"], strict=True))
    waits = waiting_for(edges, late)
    out["waiting_for"] = [
        ""
        if reported in CLOSED_STATUSES
        else ", ".join(measure_label(m, titles.get(m)) for m in waits.get(measure, []))
        for measure, reported in zip(out["id"], out["reported_status"], strict=True)
    ]
    return out


def chain_dot(states: pd.DataFrame, deps: pd.DataFrame, lang: str, late_word: str) -> str:
    """The goal's measures and what they wait on as a Graphviz DOT graph, top to bottom
    (a chain reads down a phone): each node its id, title and status word; a late one
    is marked with ``late_word`` and a thick red border, one of another goal is dashed."""
    own = set(states["id"])
    used = deps[deps["measure_id"].isin(own) | deps["depends_on"].isin(own)]
    lines = [
        "digraph chain {",
        'graph [rankdir=TB, bgcolor="transparent", nodesep=0.3, ranksep=0.4];',
        'node [shape=box, style="rounded,filled", fillcolor="white", fontname="sans-serif",'
        ' fontsize=11, margin="0.12,0.06"];',
        'edge [color="#555555"];',
    ]
    shown: dict[str, tuple[str, str, bool, bool]] = {}
    for row in states.itertuples(index=False):
        shown[row.id] = (row.title, row.status, bool(row.overdue), False)
    for row in used.itertuples(index=False):
        if row.depends_on not in shown:
            shown[row.depends_on] = (row.depends_title, row.depends_status, row.late, True)
    outside = used[~used["measure_id"].isin(shown)]
    for row in outside.drop_duplicates("measure_id").itertuples(index=False):
        shown[row.measure_id] = (row.measure_title, "", False, True)
    linked = set(used["measure_id"]) | set(used["depends_on"])
    for measure, (title, state, late, elsewhere) in shown.items():
        if measure not in linked:
            continue
        words = [measure, _wrap(str(title))]
        style = "rounded,filled"
        colour = "#555555"
        width = 1
        if state:
            s = status(state)
            words.append(f"{s.icon} {s.word(lang)}")
        if late:
            words.append(f"⚠ {late_word}")
            colour, width = "#D55E00", 3
        if elsewhere:
            style += ",dashed"
        text = "\\n".join(_dot_text(w) for w in words)
        lines.append(
            f'"{_dot_text(measure)}" [label="{text}", color="{colour}", penwidth={width},'
            f' style="{style}", tooltip="{_dot_text(escape(str(title)))}"];'
        )
    # The arrow runs from what comes first to the measure that waits on it.
    lines.extend(
        f'"{_dot_text(row.depends_on)}" -> "{_dot_text(row.measure_id)}";'
        for row in used.itertuples(index=False)
    )
    lines.append("}")
    return "\n".join(lines)


def _wrap(text: str, width: int = 28) -> str:
    """A title broken into lines of about ``width`` characters, cut after three."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 3:
        lines = [*lines[:2], lines[2] + " …"]
    return "\n".join(lines)


def _dot_text(text: str) -> str:
    """Text inside a DOT string: quotes and backslashes escaped, line breaks as ``\\n``."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
