"""Each task tool's status words and the Planpuls status each one means.

The one place the presets map status words: the task presets (ingest.presets.tasks)
use these and nothing else.
"""

from __future__ import annotations

from dashboard.ingest.presets.base import (
    _names,
    _text,
)
from dashboard.ingest.reader import normalise
from dashboard.labels import parse_status


def _status_id(raw: object, vocabulary: dict[str, str]) -> object:
    """A Planpuls status id for the tool's word, or the raw word for the validator to report."""
    text = _text(raw)
    if not text:
        return None
    return vocabulary.get(normalise(text)) or parse_status(text) or text


def _vocabulary(mapping: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalise(word): status for status, words in mapping.items() for word in words}


_JIRA_STATUS = _vocabulary({
    "not_started": ("To Do", "Backlog", "Open", "Selected for Development", "Å gjøre", "Åpen"),
    "on_track": ("In Progress", "In Review", "Under arbeid", "Pågår", "Til gjennomgang"),
    "at_risk": ("Blocked", "On Hold", "Blokkert", "På vent"),
    "done": ("Done", "Closed", "Resolved", "Ferdig", "Lukket", "Løst"),
    "cancelled": ("Won't Do", "Cancelled", "Canceled", "Avbrutt"),
})  # fmt: skip
_JIRA_CATEGORY = _vocabulary({
    "not_started": ("To Do", "Å gjøre"), "on_track": ("In Progress", "Pågår"),
    "done": ("Done", "Ferdig"),
})  # fmt: skip
_JIRA_NOT_DONE = _names("Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Declined")
_ASANA_STATUS = _vocabulary({
    "on_track": ("On track", "I rute"), "at_risk": ("At risk", "Risiko"),
    "delayed": ("Off track", "Ute av kurs"), "done": ("Complete", "Completed"),
})  # fmt: skip
_MONDAY_STATUS = _vocabulary({
    "done": ("Done", "Ferdig"), "on_track": ("Working on it", "Jobber med det"),
    "at_risk": ("Stuck", "Står fast"),
})  # fmt: skip
_PLANNER_STATUS = _vocabulary({
    "not_started": ("Not started", "Ikke startet"), "on_track": ("In progress", "Pågår"),
    "done": ("Completed", "Fullført"),
})  # fmt: skip
