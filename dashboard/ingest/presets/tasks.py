"""Task tools with measures: Jira, Asana, monday.com, Microsoft Planner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.presets.base import (
    Preset,
    _blank,
    _cell,
    _Header,
    _id_text,
    _names,
    _text,
)
from dashboard.ingest.presets.status_words import (
    asana_status,
    jira_status,
    monday_status,
    planner_status,
)
from dashboard.ingest.reader import RawTable, normalise

_TRUE = _names("true", "yes", "ja", "sann", "1")


def _measure_row(
    header: _Header, line: int, cells: Sequence[object], picks: dict[str, int | None]
) -> tuple[dict[str, object], dict[str, str]]:
    values = {key: _cell(cells, i) for key, i in picks.items() if i is not None}
    if "measure_id" in values:
        values["measure_id"] = _id_text(values["measure_id"])
    columns = {key: header.cells[i] for key, i in picks.items() if i is not None}
    return values, columns


@dataclass(frozen=True)
class Jira(Preset):
    """Jira's "Export Excel CSV (all fields)": one row per issue; epics are the goals."""

    def matches(self, table: RawTable) -> bool:
        """``Issue key`` and ``Summary``."""
        return _Header(table.header).has_all("Issue key", "Summary")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One measure per issue that is not an epic (an epic's issues name it as their goal)."""
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Issue key"),
            "title": header.find("Summary"),
            "goal_id": header.find(
                "Parent summary", "Custom field (Epic Link)", "Epic Link", "Parent",
                "Custom field (Epic Name)",
            ),
            "owner": header.find("Assignee"),
            "start": header.find("Custom field (Start date)", "Start date"),
            "due": header.find("Due date", "Due Date"),
            "updated": header.find("Updated"),
        }  # fmt: skip
        status_i = header.find("Status")
        resolution_i = header.find("Resolution")
        category_i = header.find("Status Category")
        type_i = header.find("Issue Type")
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if normalise(_cell(cells, type_i)) == "epic" or _blank(_cell(cells, picks["title"])):
                continue
            values, columns = _measure_row(header, line, cells, picks)
            values["status"] = jira_status(
                _cell(cells, status_i), _cell(cells, category_i), _cell(cells, resolution_i)
            )
            if status_i is not None:
                columns["status"] = header.cells[status_i]
            out.append(CanonicalRow(line, values, columns))
        return out


@dataclass(frozen=True)
class Asana(Preset):
    """Asana's project CSV export: one row per task, sections are the goals."""

    def matches(self, table: RawTable) -> bool:
        """``Task ID``, ``Section/Column`` and Asana's ``Completed At``."""
        return _Header(table.header).has_all("Task ID", "Section/Column", "Completed At")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """Done when completed; else a status custom field if the project has one, else on track."""
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Task ID"),
            "title": header.find("Name"),
            "goal_id": header.find("Section/Column"),
            "owner": header.find("Assignee"),
            "start": header.find("Start Date"),
            "due": header.find("Due Date"),
            "updated": header.find("Last Modified"),
        }
        completed_i = header.find("Completed At")
        status_i = header.find("Status", "Project status")
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if _blank(_cell(cells, picks["title"])):
                continue
            values, columns = _measure_row(header, line, cells, picks)
            completed = not _blank(_cell(cells, completed_i))
            values["status"] = asana_status(completed, _cell(cells, status_i))
            if completed:
                columns["status"] = header.cells[completed_i or 0]
            elif status_i is not None and not _blank(_cell(cells, status_i)):
                columns["status"] = header.cells[status_i]
            out.append(CanonicalRow(line, values, columns))
        return out


def _monday_header(cells: Sequence[object]) -> bool:
    return [normalise(c) for c in cells[:2]] == ["name", "subitems"]


@dataclass(frozen=True)
class Monday(Preset):
    """monday.com's board export (.xlsx): board name, then per group its title, header, items."""

    def matches(self, table: RawTable) -> bool:
        """``Name`` then ``Subitems`` at the start of the header, or monday's Item ID column."""
        names = [normalise(h) for h in table.header]
        return names[:2] == ["name", "subitems"] or "item id auto generated" in names

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One measure per item; its group's title is the goal; subitems are left out.

        The first group's title is the last line above the header. Later groups
        repeat title and header inside the rows (when the reader keeps reading
        past the blank line between groups), so those rows switch the group.
        """
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Item ID (auto generated)", "Item ID"),
            "title": header.find("Name"),
            "owner": header.find("Person", "Owner", "People", "Ansvarlig", "Eier"),
            "start": header.find("Start date", "Start", "Startdato"),
            "due": header.find("Date", "Due date", "Due Date", "Deadline", "Frist", "Dato"),
            "status": header.find("Status"),
            "progress": header.find("Progress", "Fremdrift"),
            "updated": header.find("Last updated", "Sist oppdatert"),
        }
        if picks["measure_id"] is None:
            picks["measure_id"] = picks["title"]
        timeline_i = header.find("Timeline", "Tidslinje")
        group = table.preamble[-1].strip() if len(table.preamble) > 1 else None
        out: list[CanonicalRow] = []
        for i, (cells, line) in enumerate(zip(table.rows, table.lines, strict=True)):
            first = _text(_cell(cells, 0))
            if normalise(first) == "subitems" or not first:
                continue  # subitems: their own header row, then rows named in column two
            if _monday_header(cells):
                continue  # the next group's header row
            if i + 1 < len(table.rows) and _monday_header(table.rows[i + 1]):
                group = first  # the next group's title, just above its header
                continue
            values, columns = _measure_row(header, line, cells, picks)
            values["goal_id"] = group
            if picks["status"] is not None:
                values["status"] = monday_status(_cell(cells, picks["status"]))
            start, _, due = _text(_cell(cells, timeline_i)).partition(" - ")
            for key, part in (("start", start), ("due", due)):
                if part.strip() and _blank(values.get(key)):
                    values[key] = part.strip()
                    columns[key] = header.cells[timeline_i or 0]
            out.append(CanonicalRow(line, values, columns))
        return out


@dataclass(frozen=True)
class Planner(Preset):
    """Microsoft Planner's "Export plan to Excel": plan details above, one row per task."""

    def matches(self, table: RawTable) -> bool:
        """``Task Name`` and ``Bucket Name``."""
        return _Header(table.header).has_all("Task Name", "Bucket Name")

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """Status from Progress, made delayed when Planner marks the task Late."""
        header = _Header(table.header)
        picks = {
            "measure_id": header.find("Task ID"),
            "title": header.find("Task Name"),
            "goal_id": header.find("Bucket Name"),
            "owner": header.find("Assigned To"),
            "start": header.find("Start date", "Start Date"),
            "due": header.find("Due date", "Due Date"),
            "updated": header.find("Completed Date"),
        }
        progress_i = header.find("Progress")
        late_i = header.find("Late")
        out: list[CanonicalRow] = []
        for cells, line in zip(table.rows, table.lines, strict=True):
            if _blank(_cell(cells, picks["title"])):
                continue
            values, columns = _measure_row(header, line, cells, picks)
            late = normalise(_cell(cells, late_i)) in _TRUE or _cell(cells, late_i) is True
            values["status"] = planner_status(_cell(cells, progress_i), late)
            if progress_i is not None:
                columns["status"] = header.cells[progress_i]
            out.append(CanonicalRow(line, values, columns))
        return out


# Column names typical of each export, for finding the header row among the lines.
_TOKENS_JIRA = _names(
    "Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Resolution",
    "Assignee", "Reporter", "Created", "Updated", "Due date", "Parent", "Parent summary",
    "Status Category", "Custom field (Epic Link)", "Custom field (Start date)",
)  # fmt: skip
_TOKENS_ASANA = _names(
    "Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column",
    "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects",
    "Parent task",
)  # fmt: skip
_TOKENS_MONDAY = _names(
    "Name", "Subitems", "Person", "Owner", "Status", "Date", "Timeline", "Priority",
    "Last updated", "Item ID (auto generated)",
)  # fmt: skip
_TOKENS_PLANNER = _names(
    "Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
    "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
    "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
    "Labels", "Description",
)  # fmt: skip

JIRA_ISSUES = Jira(
    id="jira",
    name_nb="Jira – saker (CSV)",
    name_en="Jira – issues (CSV)",
    name_nn="Jira – saker (CSV)",
    kind="measures",
    default_channel=None,
    channel_scope="external",
    header_tokens=_TOKENS_JIRA,
)
ASANA_TASKS = Asana(
    id="asana",
    name_nb="Asana – oppgaver (CSV)",
    name_en="Asana – tasks (CSV)",
    name_nn="Asana – oppgåver (CSV)",
    kind="measures",
    default_channel=None,
    channel_scope="external",
    header_tokens=_TOKENS_ASANA,
)
MONDAY_BOARD = Monday(
    id="monday",
    name_nb="monday.com – tavle (Excel)",
    name_en="monday.com – board (Excel)",
    name_nn="monday.com – tavle (Excel)",
    kind="measures",
    default_channel=None,
    channel_scope="external",
    header_tokens=_TOKENS_MONDAY,
)
PLANNER_PLAN = Planner(
    id="planner",
    name_nb="Microsoft Planner – plan (Excel)",
    name_en="Microsoft Planner – plan (Excel)",
    name_nn="Microsoft Planner – plan (Excel)",
    kind="measures",
    default_channel=None,
    channel_scope="external",
    header_tokens=_TOKENS_PLANNER,
    date_order="mdy",
)
