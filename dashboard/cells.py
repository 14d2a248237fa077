"""Cells read from the database or a table: a missing value is None, NaN, NaT or pd.NA.

Under pandas 3 a missing value in an object column is NaN, and NaN is true: ``if cell``,
``cell or ""`` and ``quote(cell)`` go wrong on it. Test with these instead.
"""

from __future__ import annotations

import pandas as pd


def missing(value: object) -> bool:
    """Whether a cell holds no value (None, NaN, NaT, pd.NA)."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or an array: a value
        return False


def text(value: object) -> str:
    """A cell as text without surrounding space; "" for a missing value."""
    return "" if missing(value) else str(value).strip()


def text_or_none(value: object) -> str | None:
    """A cell as text, or None when it is missing or blank."""
    return text(value) or None
