"""Reporting periods as comparison points (issue 14): "changes since the start of this
tertial / half-year / quarter / year", beside meetings and dates, on Oversikt and in
the report. The periods themselves are in :mod:`dashboard.formats` (start, number)
and their labels in the messages (``T3 2026``, ``2. halvår 2026``)."""

from __future__ import annotations

import datetime as dt

from dashboard import formats
from dashboard.i18n import Translator

#: The periods a comparison can start at, in the order they are offered.
SINCE_PERIODS: tuple[str, ...] = ("tertial", "half", "quarter", "year")
#: Choices are stored (in the URL) as "@<period>", beside meeting names.
_MARK = "@"


def since_choices(as_of: dt.date) -> dict[str, dt.date]:
    """``{"@tertial": 1 Sep 2026, …}``: the start of each period that ``as_of`` is in."""
    return {_MARK + g: formats.period_start(as_of, g) for g in SINCE_PERIODS}


def since_label(choice: str, start: dt.date, t: Translator) -> str:
    """``Starten av T3 2026 (01.09.2026)``."""
    period = t.period(start, choice.removeprefix(_MARK))
    return f"{t('programmes.since_period', period=period)} ({t.date(start)})"


def reporting_periods(as_of: dt.date, t: Translator) -> str:
    """The tertial and half-year a status date falls in: ``T3 2026 · 2. halvår 2026``."""
    return " · ".join(t.period(formats.period_start(as_of, g), g) for g in ("tertial", "half"))
