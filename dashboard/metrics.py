"""Progress maths: pure functions over plain values and DataFrames, no database.

A measure's progress counts with its weight; a done measure counts as 100 %
whatever it last reported; a cancelled measure does not count at all. A goal
with nothing left to count has no progress (None), which is not the same as 0 %.

An open measure that has gone longer than the reporting cadence without a status
update is *stale*: it shows and counts as "not updated" (status ``stale``) in
every roll-up, with its last reported progress; its own status is kept as
``reported_status``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

import pandas as pd

from dashboard.labels import (
    ATTENTION_STATUSES,
    CLOSED_STATUSES,
    COMPLETE_STATUSES,
    DISPLAY_STATUS_IDS,
    STALE,
    UNCOUNTED_STATUSES,
)

#: Horizons (days) for "falls due in the next …".
DUE_HORIZONS: tuple[int, ...] = (30, 60, 90)


def effective_progress(status: str, progress: float | None) -> float | None:
    """Progress as it counts in roll-ups: None when cancelled, 100 when done.

    Which statuses those are is declared in dashboard/labels.py (``counts_progress``
    and ``complete``).
    """
    if status in UNCOUNTED_STATUSES:
        return None
    if status in COMPLETE_STATUSES:
        return 100.0
    if progress is None or (isinstance(progress, float) and math.isnan(progress)):
        return 0.0
    return min(max(float(progress), 0.0), 100.0)


def weighted_progress(measures: Iterable[tuple[str, float | None, float]]) -> float | None:
    """Weighted mean progress of (status, progress, weight) triples, or None if none count."""
    total = weight_sum = 0.0
    for status, progress, weight in measures:
        value = effective_progress(status, progress)
        if value is None or not weight or weight <= 0:
            continue
        total += value * weight
        weight_sum += weight
    return total / weight_sum if weight_sum else None


def is_overdue(due: dt.date | None, status: str, as_of: dt.date) -> bool:
    """A measure is overdue when its due date has passed and it is neither done nor cancelled."""
    if due is None or pd.isna(due):
        return False
    return _as_date(due) < as_of and status not in CLOSED_STATUSES


def _as_date(value: object) -> dt.date:
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    return value  # type: ignore[return-value]


def progress_by_group(states: pd.DataFrame, by: str) -> pd.DataFrame:
    """Weighted progress and status counts per group of measure states.

    ``states`` has one row per measure with ``status``, ``progress``, ``weight``
    and the grouping column. The result has one row per group with ``progress``
    (None when nothing counts), ``measures`` and one count column per status.
    """
    rows = []
    for key, group in states.groupby(by, sort=False):
        counts = group["status"].value_counts()
        row = {
            by: key,
            "progress": weighted_progress(
                zip(group["status"], group["progress"], group["weight"], strict=True)
            ),
            "measures": len(group),
        }
        row.update({s: int(counts.get(s, 0)) for s in DISPLAY_STATUS_IDS})
        rows.append(row)
    columns = [by, "progress", "measures", *DISPLAY_STATUS_IDS]
    return pd.DataFrame(rows, columns=columns)


def is_stale(
    status: str,
    last_update: dt.date | None,
    start: dt.date | None,
    as_of: dt.date,
    cadence_days: int,
) -> bool:
    """Whether an open measure has gone more than ``cadence_days`` without an update.

    The clock runs from the latest update, or from the measure's start when that
    is later (a measure is not expected to report before it starts); a measure
    with neither is never stale. Done and cancelled measures are never stale.
    """
    if status in CLOSED_STATUSES:
        return False
    marks = [_as_date(d) for d in (last_update, start) if d is not None and not pd.isna(d)]
    if not marks:
        return False
    return (as_of - max(marks)).days > cadence_days


def add_flags(
    states: pd.DataFrame, as_of: dt.date, cadence_days: int | None = None
) -> pd.DataFrame:
    """Add ``stale``, ``reported_status``, ``overdue`` and ``attention`` to measure states.

    With a cadence, a stale measure's ``status`` becomes ``stale`` (its own status
    stays in ``reported_status``), so every count, chart and list built on the
    states treats it as not updated. Without one, nothing is stale.
    """
    out = states.copy()
    out["reported_status"] = out["status"]
    if cadence_days:
        out["stale"] = [
            is_stale(status, last, start, as_of, cadence_days)
            for status, last, start in zip(
                out["status"], out["last_update"], out["start_date"], strict=True
            )
        ]
    else:
        out["stale"] = False
    out["stale"] = out["stale"].astype(bool)
    out.loc[out["stale"], "status"] = STALE.id
    out["overdue"] = [
        is_overdue(due, status, as_of)
        for due, status in zip(out["due_date"], out["status"], strict=True)
    ]
    out["attention"] = out["status"].isin(ATTENTION_STATUSES)
    return out


def due_within(states: pd.DataFrame, as_of: dt.date, days: int) -> pd.DataFrame:
    """Open measures whose due date falls in the next ``days`` days (today included)."""
    return states[due_within_mask(states, as_of, days)]


def due_within_mask(states: pd.DataFrame, as_of: dt.date, days: int) -> pd.Series:
    """True for each open measure whose due date falls in the next ``days`` days."""
    due = pd.to_datetime(states["due_date"])
    start = pd.Timestamp(as_of)
    horizon = start + pd.Timedelta(days=days)
    mask = due.notna() & ~states["status"].isin(CLOSED_STATUSES) & (due >= start) & (due <= horizon)
    return mask.astype(bool)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def target_met(actual: float | None, target: float, direction: str = "up") -> bool | None:
    """Whether an outcome target is met: up is good at or above it, down at or below.

    None when there is no figure yet (no figure is not the same as zero).
    """
    if actual is None or _missing(actual):
        return None
    if direction == "down":
        return float(actual) <= float(target)
    return float(actual) >= float(target)


def target_achieved(actual: float | None, target: float, direction: str = "up") -> float | None:
    """How far a target is reached, in per cent (100 = just met, above 100 = beaten).

    Up: actual / target. Down: target / actual, so that half the allowed figure reads
    200 % and twice it 50 %. None where the share means nothing (a zero divisor):
    the target_met column still says whether it is met.
    """
    if actual is None or _missing(actual) or _missing(target):
        return None
    actual, target = float(actual), float(target)
    if direction == "down":
        if actual == 0:
            return None
        return 100.0 * target / actual
    return None if target == 0 else 100.0 * actual / target
