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
from dashboard.labels import parse_status, tool_status_words


def _status_id(raw: object, vocabulary: dict[str, str]) -> object:
    """A Planpuls status id for the tool's word, or the raw word for the validator to report."""
    text = _text(raw)
    if not text:
        return None
    return vocabulary.get(normalise(text)) or parse_status(text) or text


def _vocabulary(mapping: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalise(word): status for status, words in mapping.items() for word in words}


# Each tool's words for a status are declared with the status (labels.Status.tool_words).
_JIRA_STATUS = _vocabulary(tool_status_words("jira"))
_JIRA_CATEGORY = _vocabulary(tool_status_words("jira_category"))
_JIRA_NOT_DONE = _names("Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Declined")
_ASANA_STATUS = _vocabulary(tool_status_words("asana"))
_MONDAY_STATUS = _vocabulary(tool_status_words("monday"))
_PLANNER_STATUS = _vocabulary(tool_status_words("planner"))


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
