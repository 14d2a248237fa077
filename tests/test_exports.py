"""Downloads open in Norwegian Excel as they should, and never run a formula."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.exports import neutralise, to_csv, to_xlsx

FRAME = pd.DataFrame(
    {
        "Tiltak": [
            '=HYPERLINK("http://x";"klikk")',
            "+cmd|' /C calc'!A0",
            "Møte i Tynset",
            "@SUM(A1)",
        ],
        "Fremdrift": [12.5, 1234.0, None, -3.0],
        "Frist": [dt.date(2025, 12, 31), dt.date(2026, 1, 2), None, dt.date(2026, 6, 30)],
        "Kommentar": ["-2+3", "<script>alert(1)</script>", "æøå – €", ""],
    }
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+47 123", "'+47 123"), ("-5", "'-5"), ("@x", "'@x"), ("ok", "ok"),
     (-5, -5), (None, None)],
)  # fmt: skip
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_csv_is_norwegian_excel_and_formula_free():
    data = to_csv(FRAME)
    assert data.startswith("\ufeff".encode())  # Excel reads UTF-8 only with a BOM
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Tiltak;Fremdrift;Frist;Kommentar"
    assert lines[1] == '"\'=HYPERLINK(""http://x"";""klikk"")";12,5;31.12.2025;\'-2+3'
    assert lines[2].startswith("'+cmd")
    assert lines[3] == "Møte i Tynset;;;æøå – €"
    assert lines[4].startswith("'@SUM(A1);-3;30.06.2026;")


def test_xlsx_keeps_dates_and_numbers_and_runs_no_formula():
    workbook = load_workbook(io.BytesIO(to_xlsx(FRAME)))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Tiltak", "Fremdrift", "Frist", "Kommentar")
    assert rows[1][0] == '\'=HYPERLINK("http://x";"klikk")'
    assert rows[1][1] == 12.5
    assert rows[1][2].date() == dt.date(2025, 12, 31)
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert rows[2][3] == "<script>alert(1)</script>"


def test_xlsx_writes_numpy_and_nullable_numbers_as_numbers_and_times_as_times():
    frame = pd.DataFrame(
        {
            "Antall": pd.array([3, None], dtype="Int64"),
            "Ja": [True, False],
            "Lagret": pd.to_datetime(["2026-11-16 14:05", "2026-11-17 00:00"]),
        }
    )
    rows = list(load_workbook(io.BytesIO(to_xlsx(frame))).active.iter_rows(values_only=True))
    assert rows[1] == (3, True, dt.datetime(2026, 11, 16, 14, 5))
    assert rows[2] == (None, False, dt.datetime(2026, 11, 17))


def test_xlsx_of_a_long_table_has_every_row():
    frame = pd.DataFrame({"Tiltak": [f"=T{i}" for i in range(5000)], "Nr": range(5000)})
    sheet = load_workbook(io.BytesIO(to_xlsx(frame)), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 5001
    assert rows[-1] == ("'=T4999", 4999)
