"""Tables as files people open in Excel: Norwegian-Excel CSV and .xlsx.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` would run as a formula when
the file is opened (CSV injection), so such text gets a leading apostrophe,
which Excel shows as plain text. Numbers are left alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text that Excel would read as a formula, made plain text; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _cells(frame: pd.DataFrame) -> list[list[object]]:
    rows = []
    for record in frame.itertuples(index=False):
        rows.append([None if _missing(v) else neutralise(v) for v in record])
    return rows


def _missing(value: object) -> bool:
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
    """An .xlsx workbook with one sheet; dates as date cells, text never as formulas."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet[:31]
    worksheet.append([neutralise(str(c)) for c in frame.columns])
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    for row in _cells(frame):
        values = []
        for value in row:
            if isinstance(value, pd.Timestamp):
                value = value.to_pydatetime()
            if isinstance(value, dt.datetime) and value.time() == dt.time():
                value = value.date()
            values.append(value)
        worksheet.append(values)
        for cell in worksheet[worksheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
            elif isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"
    for column in worksheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        worksheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 60)
    worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
