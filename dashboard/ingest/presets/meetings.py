"""Meetings: Microsoft Teams' attendance report."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.presets.base import (
    Preset,
    _cell,
    _Header,
    _meeting_date,
    _names,
    _shorten,
    _slash_order,
    _text,
)
from dashboard.ingest.reader import RawTable, normalise

# Microsoft Teams attendance report ------------------------------------------

_TEAMS_START = re.compile(r"^(?:start time|starttidspunkt|starttid)\b[:\s]*(.+)$", re.IGNORECASE)
_TEAMS_SECTION = re.compile(r"^\d+\.\s+\S")
_TEAMS_TITLE = re.compile(r"^(?:meeting title|møtetittel)\b[:\s]*(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class TeamsAttendance(Preset):
    """Teams' attendance report: "1. Summary" lines, then "2. Participants" as the table."""

    def matches(self, table: RawTable) -> bool:
        """The participants header: name, first join, last leave, in-meeting duration."""
        header = _Header(table.header)
        return header.has("Name") and (
            header.has_all("First join", "Last leave") or header.has("In-meeting duration")
        )

    def rows(self, table: RawTable) -> list[CanonicalRow]:
        """One row: the meeting's distinct participants on its start date; no names kept."""
        header = _Header(table.header)
        keys = [
            header.find("Email"),
            header.find("Participant ID (UPN)", "Participant ID"),
            header.find("Name"),
        ]
        seen: set[str] = set()
        for cells in table.rows:
            first = _text(_cell(cells, 0))
            if _TEAMS_SECTION.match(first) or normalise(first) == "name":
                break  # "3. In-Meeting Activities" lists people again, once per join
            # The same person can be listed twice (organiser who rejoined, two
            # devices); count by e-mail, else by account, else by display name.
            key = next((_text(_cell(cells, i)).lower() for i in keys if _text(_cell(cells, i))), "")
            if key:
                seen.add(key)
        title = start_text = None
        for line in table.preamble:
            text = line.strip()
            if title is None and (match := _TEAMS_TITLE.match(text)):
                title = match[1].strip()
            if start_text is None and (match := _TEAMS_START.match(text)):
                start_text = match[1]
        # Join and leave times settle the day/month order when the start time cannot.
        times = [
            _text(_cell(cells, i))
            for cells in table.rows
            for i in (header.find("First join", "Join time"), header.find("Last leave"))
        ]
        order = _slash_order([start_text or "", *times])
        start = _meeting_date(start_text, order) if start_text else None
        if start is None:
            days = [_meeting_date(t, order) for t in times]
            start = min((d for d in days if d), default=None)
        values: dict[str, object] = {
            "date": start,
            "period_end": start,
            "metric": "participants",
            "value": len(seen),
        }
        if title:
            values["note"] = _shorten(title)
        # The count is the Participants table's; its first row stands for it.
        count_line = table.lines[0] if table.lines else table.header_line
        return [CanonicalRow(count_line, values, {})]


# Column names typical of each export, for finding the header row among the lines.
_TOKENS_TEAMS_ATTENDANCE = _names(
    "Name", "First join", "Last leave", "In-meeting duration", "Email",
    "Participant ID (UPN)", "Role",
)  # fmt: skip

TEAMS_ATTENDANCE = TeamsAttendance(
    id="teams-attendance",
    name_nb="Microsoft Teams – fremmøterapport",
    name_en="Microsoft Teams – attendance report",
    name_nn="Microsoft Teams – frammøterapport",
    kind="metrics",
    default_channel="Teams",
    channel_scope="internal",
    header_tokens=_TOKENS_TEAMS_ATTENDANCE,
)
