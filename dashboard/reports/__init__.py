"""The status report for the board as Word, PowerPoint and PDF files.

One :class:`~dashboard.reports.model.Report` is built from a
:class:`~dashboard.board.Board` (a meeting's frozen snapshot, or the live state
on a date) and rendered by the format's module, so the three files, the Rapport
page and ``python -m dashboard report`` show the same figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dashboard import board as boards
from dashboard import forecast
from dashboard.board.build import ForecastReader
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.meetings import Meeting
from dashboard.reports.model import Report, build


@dataclass(frozen=True)
class Format:
    """A file format: its extension, media type and renderer."""

    id: str
    extension: str
    mime: str
    render: Callable[[Report], bytes]


def _docx(report: Report) -> bytes:
    from dashboard.reports import docx_report

    return docx_report.render(report)


def _pptx(report: Report) -> bytes:
    from dashboard.reports import pptx_report

    return pptx_report.render(report)


def _pdf(report: Report) -> bytes:
    from dashboard.reports import pdf_report

    return pdf_report.render(report)


FORMATS: dict[str, Format] = {
    "docx": Format(
        "docx",
        ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _docx,
    ),
    "pptx": Format(
        "pptx",
        ".pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _pptx,
    ),
    "pdf": Format("pdf", ".pdf", "application/pdf", _pdf),
}


def report_for(
    db: Database,
    plan_id: str,
    t: Translator,
    *,
    meeting: Meeting | None = None,
    as_of: dt.date | None = None,
    since: dt.date | None = None,
    generated: dt.date,
    read_forecasts: ForecastReader = forecast.goal_forecasts,
) -> Report:
    """The report of a meeting (its frozen snapshot) or of the live state on ``as_of``;
    ``read_forecasts``: the goals' pace forecasts (a page passes its cached reader)."""
    if meeting is not None:
        board = boards.for_meeting(db, meeting, since=since, read_forecasts=read_forecasts)
    elif as_of is not None:
        board = boards.for_date(db, plan_id, as_of, since=since, read_forecasts=read_forecasts)
    else:
        raise ValueError("a report needs a meeting or a date")
    return build(board, t, generated=generated)


def render(report: Report, fmt: str) -> tuple[str, bytes]:
    """The report as a file in ``fmt`` (docx, pptx or pdf): (file name, bytes)."""
    chosen = FORMATS[fmt]
    return report.file_stem + chosen.extension, chosen.render(report)
