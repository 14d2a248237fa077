"""Each task tool's status words and the Planpuls status each one means.

The one place the presets map status words: the task presets (ingest.presets.tasks)
use these and nothing else.
"""

from __future__ import annotations

from dashboard.ingest.presets.base import (
    _blank,
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


# What each tool's row says, as one Planpuls status (the tools' own rules) ---------


def jira_status(raw: object, category: object, resolution: object) -> object:
    """Jira: its status word, else its status category; "done" without a fix is cancelled."""
    status = _JIRA_STATUS.get(normalise(raw))
    if status is None and not _blank(category):
        status = _JIRA_CATEGORY.get(normalise(category))
    if status == "done" and normalise(resolution) in _JIRA_NOT_DONE:
        status = "cancelled"
    return status or _status_id(raw, {})


def asana_status(completed: bool, raw: object) -> object:
    """Asana: done when completed; else its status field if the project has one; else on track."""
    if completed:
        return "done"
    if not _blank(raw):
        return _status_id(raw, _ASANA_STATUS)
    return "on_track"


def monday_status(raw: object) -> object:
    """monday.com: its status label; the unlabelled (grey) status is the board's "not started"."""
    return _status_id(raw, _MONDAY_STATUS) or "not_started"


def planner_status(progress: object, late: bool) -> object:
    """Planner: its Progress, made delayed when Planner marks an open task Late."""
    status = _status_id(progress, _PLANNER_STATUS)
    if late and status in {"not_started", "on_track"}:
        return "delayed"
    return status
