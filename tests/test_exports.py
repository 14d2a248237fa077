"""Downloads open in Norwegian Excel as they should, and never run a formula."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
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


@pytest.mark.parametrize(
    ("value", "expected"),
    [("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"), ("\tTab", "'\tTab"), ("a\t=b", "a\t=b")],
)
def test_tab_and_carriage_return_starts_are_neutralised_too(value, expected):
    # Excel (and LibreOffice) skip a leading tab or carriage return and then read a formula
    assert neutralise(value) == expected


TIMES = pd.DataFrame(
    {
        "Tiltak": ["Nyhetsbrev", "Webinar"],
        "Ferdig": [True, False],
        "Frist": [pd.Timestamp("2026-11-17"), pd.NaT],
        "Lagret": [pd.Timestamp("2026-11-16 14:05"), pd.Timestamp("2026-11-17 00:00")],
    }
)


def test_csv_writes_timestamps_as_dates_or_times_and_booleans_as_words():
    lines = to_csv(TIMES).decode("utf-8-sig").split("\r\n")
    assert lines[1] == "Nyhetsbrev;ja;17.11.2026;16.11.2026 14:05"
    # midnight is a date, not "00:00"; a missing date is an empty cell
    assert lines[2] == "Webinar;nei;;17.11.2026"
    assert lines[3] == ""  # the file ends with the line break Excel writes


def _sheet(frame, **kwargs):
    return load_workbook(io.BytesIO(to_xlsx(frame, **kwargs))).active


def test_xlsx_timestamp_cells_are_dates_and_times_that_excel_shows_day_first():
    sheet = _sheet(TIMES)
    frist, lagret, midnight = sheet["C2"], sheet["D2"], sheet["D3"]
    assert (frist.value, frist.data_type) == (dt.datetime(2026, 11, 17), "d")
    assert frist.number_format.upper() == "DD.MM.YYYY"  # shown 17.11.2026, no time
    assert (lagret.value, lagret.data_type) == (dt.datetime(2026, 11, 16, 14, 5), "d")
    assert lagret.number_format.upper() == "DD.MM.YYYY HH:MM"
    assert midnight.number_format.upper() == "DD.MM.YYYY"  # midnight is a date
    assert sheet["C3"].value is None
    assert (sheet["B2"].value, sheet["B3"].value) == (True, False)


def test_xlsx_sheet_has_a_bold_frozen_header_and_a_name():
    sheet = _sheet(TIMES)
    assert sheet.title == "Planpuls"
    assert sheet.freeze_panes == "A2"  # the header stays in view when scrolling
    assert [cell.font.b for cell in sheet[1]] == [True] * 4
    assert not sheet["A2"].font.b
    long_name = "Statusrapport for styremøtet i desember 2026"
    assert _sheet(TIMES, sheet=long_name).title == long_name[:31]  # Excel's limit


def test_xlsx_columns_are_as_wide_as_their_text_within_bounds():
    frame = pd.DataFrame(
        {
            "Tiltak": ["x" * 20],  # 20 characters: 22 wide
            "Ja": [True],  # narrow: the least width, 10
            "Frist": [dt.date(2026, 1, 2)],  # a date: 10 characters + 2
            "Lagret": [dt.datetime(2026, 1, 2, 14, 5)],  # a time: 16 characters + 2
            "Kommentar": ["z" * 80],  # long text is capped at 60
            "Antall": [1234567.5],
        }
    )
    sheet = _sheet(frame)
    widths = {c: int(sheet.column_dimensions[c].width) for c in "ABCDEF"}
    assert widths == {"A": 22, "B": 10, "C": 12, "D": 18, "E": 60, "F": 11}


def test_infinite_and_several_valued_cells_are_written_as_a_person_reads_them():
    frame = pd.DataFrame(
        {"Oppnådd": [float("inf"), -float("inf"), 80.0],
         "Kanaler": [["Nettside", "Facebook"], ["Nettside"], []]}
    )  # fmt: skip
    # an infinite share (a zero divisor) reads "–" on screen: an empty cell, not "inf";
    # a cell holding several values keeps them (it is not taken for a missing value)
    lines = to_csv(frame).decode("utf-8-sig").split("\r\n")
    assert lines[1:4] == [";['Nettside', 'Facebook']", ";['Nettside']", "80;[]"]
    rows = list(_sheet(frame).iter_rows(values_only=True))
    assert rows[1:] == [(None, "['Nettside', 'Facebook']"), (None, "['Nettside']"), (80, "[]")]
    single = pd.DataFrame({"Oppnådd": np.array([np.inf], dtype=np.float32), "Nr": [1]})
    assert to_csv(single).decode("utf-8-sig").split("\r\n")[1] == ";1"
    assert list(_sheet(single).iter_rows(values_only=True))[1] == (None, 1)
