"""Tool presets against sample exports shaped like the real ones (tests/corpus/presets).

Each sample is read the way an upload is (reader, header score, detection) and
its canonical rows are compared with EXPECTED.json. Line numbers are checked
against the file itself, read independently of the reader: csv for text files,
openpyxl for .xlsx and calamine's raw rows for .xls.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from dashboard.ingest import formats
from dashboard.ingest.kinds import CanonicalRow
from dashboard.ingest.presets import PRESETS, meta_metric, preset_by_id
from dashboard.ingest.reader import RawTable, ReadError, normalise, read_upload

CORPUS = Path(__file__).parent / "corpus" / "presets"
DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))
SAMPLES = sorted(EXPECTED)


#: Two real formats the reader does not read yet; each test applies the change it needs.
def _read(name: str) -> tuple[RawTable, formats.Detected, list[CanonicalRow]]:
    path = CORPUS / name
    table = read_upload(path.read_bytes(), path.name, score=formats.header_score)
    detected = formats.detect(table)
    return table, detected, formats.canonical_rows(table, detected)


def _plain(value: object) -> object:
    """A canonical value as EXPECTED.json writes it (dates as ISO text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _norm(value: object) -> str:
    """A cell as text, the same for csv, calamine and openpyxl."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _source_records(name: str, spec: dict, sheet: str | None) -> list[list[object]]:
    """The file's rows, index i being Excel's row i + 1, read without the reader."""
    path = CORPUS / name
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, data_only=True)
        return [list(r) for r in book[sheet].iter_rows(values_only=True)]
    if path.suffix == ".xls":
        # No other .xls reader is a dependency; calamine's raw rows, from row 1.
        book = CalamineWorkbook.from_path(str(path))
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    text = path.read_bytes().decode(spec["encoding"])
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=spec["separator"]))
    if records and records[0] and records[0][0].lower().startswith("sep="):
        records = records[1:]  # Excel hides the sep= line and numbers from the next one
    return records


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_reads_as_expected(name: str) -> None:
    spec = EXPECTED[name]
    table, detected, rows = _read(name)

    assert detected.source_format == spec["preset"]
    assert detected.kind == spec["kind"] == preset_by_id(spec["preset"]).kind
    if "separator" in spec:
        assert table.separator == spec["separator"]
    assert len(rows) == spec["rows"]
    for check in spec["checks"]:
        row = rows[check["row"]]
        assert row.line == check["line"], check
        got = {key: _plain(row.values.get(key)) for key in check["values"]}
        assert got == check["values"]

    # Every row's line is the Excel row of its source: the cell found there under
    # the row's own column is the value the row carries.
    records = _source_records(name, spec, table.sheet)
    header = [_norm(c) for c in records[table.header_line - 1]]
    key = "value" if spec["kind"] == "metrics" else "title"
    for row in rows:
        assert row.line in table.lines
        column = row.columns.get(key)
        if column is None:
            continue  # derived from the whole table (Teams' head count)
        cell = records[row.line - 1][header.index(column)]
        assert _norm(cell) == _norm(row.values[key]), (row.line, column)


def test_every_sample_file_has_expectations() -> None:
    files = {
        str(p.relative_to(CORPUS))
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name not in {"EXPECTED.json", "make_samples.py"}
    }
    assert files == set(EXPECTED)


def test_every_preset_has_a_sample() -> None:
    assert {spec["preset"] for spec in EXPECTED.values()} == {p.id for p in PRESETS}


@pytest.mark.parametrize("name", SAMPLES)
def test_each_preset_matches_only_its_own_samples(name: str) -> None:
    path = CORPUS / name
    table = read_upload(path.read_bytes(), path.name, score=formats.header_score)
    matching = [p.id for p in PRESETS if p.matches(table)]
    assert matching == [EXPECTED[name]["preset"]]


# Planpuls' own files are never taken for a tool's export -----------------------

CANONICAL = {
    "status.csv": "tiltak_id;dato;status;fremdrift;kommentar\n"
    "his-t01;11.02.2025;På sporet;15;Innsiktsarbeid startet.\n",
    "metrics_long.csv": "dato;kanal;måltall;verdi\n01.03.2025;Nettside;Besøkende;3874\n",
    "metrics_wide.csv": "dato;kanal;besøkende;sidevisninger\n01.03.2025;Nettside;3874;10344\n",
    "metrics_wide_words.csv": "dato;besøk;sidevisninger\n01.02.2025;3190;8210\n",
    "metrics_views.csv": "Date,Views\n2025-04-01,12\n2025-04-02,9\n",
    "metrics_english.csv": "date,channel,metric,value,period end\n"
    "2025-03-01,Facebook,Reach,1322,2025-03-31\n",
    "goals.csv": "plan_id;goal_id;tittel;beskrivelse;rekkefølge\n"
    "his-2025;his-g1;Tydeligere profil;Forstå bedre hvem vi er.;1\n",
    "measures.csv": "tiltak_id;mål_id;tittel;ansvarlig;kanaler;målgrupper;start;frist;vekt;status\n"
    "his-t01;his-g1;Beskrive hvem vi er;Kommunikasjonsansvarlig;Nettside;Innbyggerne;"
    "15.01.2025;31.10.2025;1;På sporet\n",
    "measures_english.csv": "Measure ID,Goal ID,Title,Owner,Start date,Due date,Status,Progress %\n"
    "his-t02,his-g1,Forklare samhandlingsmodellen,FoU-leder,2025-03-01,2026-12-31,On track,10\n",
}


@pytest.mark.parametrize("name", sorted(CANONICAL))
def test_no_preset_matches_a_planpuls_file(name: str) -> None:
    table = read_upload(CANONICAL[name].encode("utf-8"), name, score=formats.header_score)
    assert [p.id for p in PRESETS if p.matches(table)] == []
    assert formats.detect(table).preset is None


#: Demo files written in a preset's own shape on purpose: the survey results are what a
#: survey tool gives (and the survey preset reads), loaded by the demo as such.
DEMO_IN_A_PRESETS_SHAPE = {"survey_results.csv": ["survey"]}


@pytest.mark.parametrize("path", sorted(DEMO.glob("*.csv")), ids=lambda p: p.name)
def test_no_preset_matches_the_demo_files(path: Path) -> None:
    table = read_upload(path.read_bytes(), path.name, score=formats.header_score)
    matched = [p.id for p in PRESETS if p.matches(table)]
    assert matched == DEMO_IN_A_PRESETS_SHAPE.get(path.name, [])


# Meta's daily series: the metric is named above the header -----------------------


def _meta_daily(name: str) -> bytes:
    text = f'sep=,\n"{name}"\n"Date","Primary"\n"2025-03-01T00:00:00","12"\n'
    return b"\xff\xfe" + text.encode("utf-16-le")


@pytest.mark.parametrize(
    ("name", "metric"),
    [
        ("Facebook visits", "visitors"),
        ("Facebook Page visits", "visitors"),
        ("Instagram profile visits", "visitors"),
        ("Facebook follows", "new_followers"),
        ("Instagram follows", "new_followers"),
        ("Facebook followers", "followers"),
        ("Facebook link clicks", "clicks"),
        ("Facebook reach", "reach"),
        ("Facebook Page reach", "reach"),
        ("Instagram reach", "reach"),
        ("Viewers", "reach"),
        ("Views", "impressions"),
        ("Facebook-sidens rekkevidde", "reach"),
        ("Content interactions", None),
    ],
)
def test_meta_metric_names(name: str, metric: str | None) -> None:
    assert meta_metric(name) == metric


def test_meta_daily_refuses_a_metric_it_does_not_know() -> None:
    table = read_upload(_meta_daily("Content interactions"), "x.csv", score=formats.header_score)
    detected = formats.detect(table)
    assert detected.source_format == "meta-daily"
    with pytest.raises(ReadError) as raised:
        formats.canonical_rows(table, detected)
    assert raised.value.code == "unknown_metric"
    assert raised.value.params == {"name": "Content interactions"}


@pytest.mark.parametrize(
    ("name", "channel"), [("Instagram reach", "Instagram"), ("Facebook visits", "Facebook")]
)
def test_meta_daily_suggests_the_network_it_names(name: str, channel: str) -> None:
    table = read_upload(_meta_daily(name), "x.csv", score=formats.header_score)
    assert preset_by_id("meta-daily").suggest_channel(table) == channel


# Other refusals and guarantees -----------------------------------------------------


def test_matomo_export_of_a_single_period_is_refused() -> None:
    text = "label\tnb_visits\tnb_actions\tnb_hits\n/\t120\t300\t210\n/om-oss/\t40\t60\t52"
    data = b"\xff\xfe" + text.encode("utf-16-le")
    table = read_upload(data, "export.tsv", score=formats.header_score)
    detected = formats.detect(table)
    assert detected.source_format == "matomo"
    with pytest.raises(ReadError) as raised:
        formats.canonical_rows(table, detected)
    assert raised.value.code == "no_period"


def test_youtube_totals_of_a_metric_without_a_planpuls_id_is_refused() -> None:
    data = b"Date,Watch time (hours)\n2025-04-01,1.2\n"
    table = read_upload(data, "Totals.csv", score=formats.header_score)
    detected = formats.detect(table)
    assert detected.source_format == "youtube-totals"
    with pytest.raises(ReadError) as raised:
        formats.canonical_rows(table, detected)
    assert raised.value.code == "unknown_metric"


def test_teams_rows_name_nobody() -> None:
    _table, _detected, rows = _read("teams_attendance.csv")
    text = json.dumps([r.values for r in rows] + [r.columns for r in rows], ensure_ascii=False)
    assert "Deltaker" not in text
    assert "@" not in text


def test_preset_attributes() -> None:
    ids = [p.id for p in PRESETS]
    assert len(ids) == len(set(ids))
    for preset in PRESETS:
        assert preset_by_id(preset.id) is preset
        assert preset.kind in {"metrics", "measures"}
        assert preset.channel_scope in {"external", "internal"}
        assert (preset.default_channel is None) == (preset.kind == "measures")
        assert preset.name_nb and preset.name_en
        assert preset.date_order in {None, "mdy", "dmy"}
        assert preset.header_tokens
        assert all(token == normalise(token) for token in preset.header_tokens)
    assert preset_by_id("teams-attendance").channel_scope == "internal"
    # Posts of one day and pages of one period are parts of one figure.
    summing = {p.id for p in PRESETS if p.sums_rows}
    assert summing == {"meta-posts", "instagram-posts", "x-posts", "mailchimp-campaigns",
                       "youtube-table", "ga4", "matomo"}  # fmt: skip
    with pytest.raises(KeyError):
        preset_by_id("no-such-tool")


def _teams(start: str, join: str) -> bytes:
    lines = [
        "1. Summary",
        "Meeting title\tTeammøte kommunikasjon",
        f"Start time\t{start}",
        "",
        "2. Participants",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole",
        f"Deltaker 01\t{join}\t{join}\t30m\tdeltaker01@example.no\tOrganizer",
        f"Deltaker 02\t{join}\t{join}\t29m\tdeltaker02@example.no\tAttendee",
        f"Deltaker 02\t{join}\t{join}\t1m\tdeltaker02@example.no\tAttendee",
    ]
    return b"\xff\xfe" + "\r\n".join(lines).encode("utf-16-le")


@pytest.mark.parametrize(
    ("start", "join", "date"),
    [
        ("2/6/25, 8:58:41 AM", "2/6/25, 9:00:00 AM", "2025-02-06"),  # en-US
        ("2/6/2025 08:58", "13/6/2025 09:00", "2025-06-02"),  # a join time settles dmy
        ("06.02.2025, 08:58:41", "06.02.2025, 09:00:00", "2025-02-06"),  # dotted: day first
        ("2025-02-06 08:58:41", "2025-02-06 09:00:00", "2025-02-06"),
    ],
)
def test_teams_meeting_date_and_distinct_participants(start: str, join: str, date: str) -> None:
    data = _teams(start, join)
    table = read_upload(data, "meetingAttendanceReport.csv", score=formats.header_score)
    (row,) = formats.canonical_rows(table, formats.detect(table))
    assert row.values["date"] == row.values["period_end"] == date
    assert row.values["value"] == 2  # the one who rejoined counts once
    assert row.values["note"] == "Teammøte kommunikasjon"


def test_monday_groups_and_an_item_with_only_a_name() -> None:
    header = ["Name", "Subitems", "Person", "Status"]
    table = RawTable(
        file_name="tavle.xlsx",
        header=header,
        rows=[["Idé uten mer"], ["Gruppe 2"], header, ["Tiltak", "", "Rådgiver", "Done"]],
        lines=[4, 6, 7, 8],
        header_line=3,
        preamble=["Tavle", "Gruppe 1"],
    )
    rows = preset_by_id("monday").rows(table)
    got = [(r.line, r.values["title"], r.values["goal_id"], r.values["status"]) for r in rows]
    assert got == [
        (4, "Idé uten mer", "Gruppe 1", "not_started"),
        (8, "Tiltak", "Gruppe 2", "done"),
    ]
