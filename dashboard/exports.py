"""Tables as files people open in Excel: Norwegian-Excel CSV and .xlsx.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would
run as a formula when the file is opened (CSV injection), so such text gets a leading
apostrophe, which Excel shows as plain text. Numbers are left alone; a missing or infinite
number is an empty cell (the screen shows ``–``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import numbers
from typing import overload

import numpy as np
import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@overload
def neutralise(value: str) -> str: ...
@overload
def neutralise(value: object) -> object: ...
def neutralise(value: object) -> object:
    """Text that Excel would read as a formula, made plain text; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _cells(frame: pd.DataFrame) -> list[list[object]]:
    return [
        [None if _missing(v) else neutralise(v) for v in record]
        for record in frame.itertuples(index=False)
    ]


def _missing(value: object) -> bool:
    if isinstance(value, numbers.Real) and math.isinf(value):
        return True  # an infinite share (a zero divisor) reads "–" on screen: an empty cell
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float):
        return f"{value:.10g}".replace(".", ",")
    if isinstance(value, pd.Timestamp | dt.datetime):
        value = value.date() if value.time() == dt.time() else value
        if isinstance(value, dt.datetime):
            return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV as Excel on Norwegian Windows expects it: UTF-8 with BOM, ``;``, decimal comma."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralise(str(c)) for c in frame.columns])
    for row in _cells(frame):
        writer.writerow([_csv_value(v) for v in row])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def to_xlsx(frame: pd.DataFrame, sheet: str = "Planpuls") -> bytes:
    """An .xlsx workbook with one sheet; dates as date cells, text never as formulas.

    Written row by row with XlsxWriter in constant-memory mode, so the time grows
    with the number of cells and the memory stays flat however long the table.
    """
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer, {"constant_memory": True, "in_memory": False, "nan_inf_to_errors": True}
    )
    worksheet = workbook.add_worksheet(sheet[:31])
    bold = workbook.add_format({"bold": True})
    date_format = workbook.add_format({"num_format": "DD.MM.YYYY"})
    time_format = workbook.add_format({"num_format": "DD.MM.YYYY HH:MM"})
    header = [neutralise(str(c)) for c in frame.columns]
    widths = [len(h) for h in header]
    for col, text in enumerate(header):
        worksheet.write_string(0, col, text, bold)
    for row_number, row in enumerate(_cells(frame), start=1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, pd.Timestamp):
                value = value.to_pydatetime()
            if isinstance(value, dt.datetime) and value.time() == dt.time():
                value = value.date()
            if isinstance(value, bool | np.bool_):
                worksheet.write_boolean(row_number, col, bool(value))
                width = 5
            elif isinstance(value, numbers.Real):
                worksheet.write_number(row_number, col, float(value))
                width = len(str(value))
            elif isinstance(value, dt.datetime):
                worksheet.write_datetime(row_number, col, value, time_format)
                width = 16
            elif isinstance(value, dt.date):
                worksheet.write_datetime(row_number, col, value, date_format)
                width = 10
            else:
                text = str(value)
                worksheet.write_string(row_number, col, text)  # never a formula
                width = len(text)
            widths[col] = max(widths[col], width)
    for col, width in enumerate(widths):
        worksheet.set_column(col, col, min(max(10, width + 2), 60))
    worksheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()
