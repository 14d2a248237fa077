"""The import at the database's own speed: one check per command-line import, DuckDB
reading the file's own bytes (Windows-1252 too) with Excel's line numbers, and the
progress bar on a terminal only."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from dashboard import import_progress
from dashboard.cli import main
from dashboard.i18n import Translator
from dashboard.import_progress import TerminalProgress, progress_text
from dashboard.ingest import pipeline
from dashboard.ingest.pipeline import Upload, commit, preview
from tests.conftest import TODAY, copy_of_demo


def _metrics_csv(rows: int, *, bad_line: int | None = None) -> str:
    """A Norwegian metrics file: ``;``, 31.12.2025, decimal comma, and a channel whose
    name has an en dash (a letter where Windows-1252 and Latin-1 differ)."""
    lines = ["sep=;", "dato;kanal;måltall;verdi"]
    for i in range(rows):
        day = f"{1 + i % 28:02d}.{1 + i // 28 % 12:02d}.{2000 + i // 336}"
        value = "mange" if bad_line is not None and len(lines) == bad_line else f"{i},5"
        lines.append(f"{day};{'Kampanje – høst' if i % 2 else 'Nettside'};Følgere;{value}")
    return "\r\n".join(lines) + "\r\n"


@pytest.fixture
def fast_path(monkeypatch):
    """Small files take the large-file path (DuckDB reads them), as 2 MB ones do."""
    monkeypatch.setattr(pipeline, "FAST_PATH_BYTES", 100)
    monkeypatch.setattr(pipeline, "SAMPLE_RECORDS", 5)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_duckdb_reads_the_file_with_excels_line_numbers(demo_db, fast_path, encoding):
    # Excel drops the sep= line: the header is row 1, the 30th record is row 31.
    data = _metrics_csv(40, bad_line=31).encode(encoding)
    result = preview(demo_db, Upload(data, "tall.csv", "his-2025", today=TODAY))
    assert result.rows == 40
    assert [(p.line, p.column, p.value, p.code) for p in result.problems] == [
        (31, "verdi", "mange", "bad_number")
    ]


def test_a_windows_1252_file_is_saved_with_its_letters_and_decimal_commas(demo_db, fast_path):
    data = _metrics_csv(40).encode("cp1252")
    assert b"\x96" in data  # the en dash, which Latin-1 would read as a control character
    done = commit(demo_db, Upload(data, "tall.csv", "his-2025", today=TODAY), by="test")
    assert done.preview.counts["added"] == 40
    saved = demo_db.sql(
        "SELECT c.name, m.period_start, m.value, b.file_name || ':' || m.source_line AS source "
        "FROM channel_metric m JOIN channel c ON c.id = m.channel_id "
        "JOIN import_batch b ON b.id = m.import_batch_id WHERE m.import_batch_id = $b "
        "ORDER BY m.id",
        {"b": done.batch_id},
    )
    assert saved["name"].tolist()[:2] == ["Nettside", "Kampanje – høst"]
    assert saved["value"].tolist()[:3] == [0.5, 1.5, 2.5]
    assert saved["period_start"].iloc[1].date() == dt.date(2000, 1, 2)
    assert saved["source"].tolist()[:2] == ["tall.csv:2", "tall.csv:3"]


@pytest.mark.parametrize("between", ["\r\n", "\n", "# a note\r\n"])
def test_a_blank_or_comment_line_in_a_large_file_keeps_the_lines_of_a_small_one(
    demo_db, monkeypatch, between
):
    """DuckDB would skip a blank line and read a comment as a record, shifting the lines:
    such a file is read in Python, with the same rows and lines as a small file has."""
    lines = _metrics_csv(40, bad_line=31).split("\r\n")
    data = "\r\n".join(lines[:20]) + "\r\n" + between + "\r\n".join(lines[20:])
    small = preview(demo_db, Upload(data.encode("cp1252"), "tall.csv", "his-2025", today=TODAY))
    staged = []
    real = pipeline._stage_csv
    monkeypatch.setattr(pipeline, "_stage_csv", lambda *a: staged.append(1) or real(*a))
    monkeypatch.setattr(pipeline, "FAST_PATH_BYTES", 100)
    monkeypatch.setattr(pipeline, "SAMPLE_RECORDS", 5)
    large = preview(demo_db, Upload(data.encode("cp1252"), "tall.csv", "his-2025", today=TODAY))
    assert (large.rows, large.counts) == (small.rows, small.counts)
    assert [(p.line, p.column, p.value, p.code) for p in large.problems] == [
        (p.line, p.column, p.value, p.code) for p in small.problems
    ]
    assert any(p.code == "bad_number" for p in large.problems)
    assert staged == []  # not read by DuckDB


def test_the_command_line_checks_the_file_once(tmp_path, monkeypatch, capsys):
    path = tmp_path / "p.duckdb"
    assert main(["demo", "--db", str(path)]) == 0
    file = tmp_path / "tall.csv"
    file.write_bytes(_metrics_csv(30).encode("cp1252"))
    checks = []
    real = pipeline._check
    monkeypatch.setattr(pipeline, "_check", lambda *a, **k: checks.append(1) or real(*a, **k))
    capsys.readouterr()
    assert main(["import", str(file), "--db", str(path), "--plan", "his-2025", "--json"]) == 0
    outcome = json.loads(capsys.readouterr().out)
    assert (outcome["added"], outcome["batch"], len(checks)) == (30, 2, 1)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_shows_rows_read_and_checked_on_a_terminal_only(monkeypatch):
    t = Translator("nb")
    monkeypatch.setattr(import_progress, "SHOW_AFTER", 0.0)
    terminal, piped = _Terminal(), io.StringIO()
    for stream in (terminal, piped):
        with TerminalProgress(t, stream, enabled=True) as bar:
            bar.update(0.8, 1_000_000, 1_000_000)
    assert "[" + "#" * 19 in terminal.getvalue()
    assert "]  80\xa0%  " in terminal.getvalue()  # the share as bokmål writes it
    assert "1\xa0000\xa0000 rader lest, 1\xa0000\xa0000 kontrollert" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[2K")  # the line is cleared at the end
    assert piped.getvalue() == ""
    quiet = _Terminal()
    with TerminalProgress(t, quiet, enabled=False) as bar:  # --json
        bar.update(0.8, 10, 10)
    assert quiet.getvalue() == ""


def test_the_bar_waits_a_second_before_it_shows():
    terminal = _Terminal()
    with TerminalProgress(Translator("en"), terminal, enabled=True) as bar:
        bar.update(0.4, 500, 0)
    assert terminal.getvalue() == ""
    en = Translator("en")
    assert progress_text(en, 0.4, 500, 0) == "500 rows read, 0 checked"
    assert progress_text(en, 0.2, 0, 0) == "Reading the file …"


_WHAT_WAS_IMPORTED = """
import runpy, sys
sys.argv = ["dashboard", *sys.argv[1:]]
try:
    runpy.run_module("dashboard", run_name="__main__")
except SystemExit as done:
    code = done.code
print(code, *[type(sys.modules.get(m)).__name__ for m in ("pandas", "pyarrow", "numpy")])
"""


def test_a_large_import_on_the_command_line_never_imports_pandas(tmp_path, demo_template):
    """What ``python -X importtime -m dashboard import`` shows: pandas, pyarrow and
    numpy (a second of CPU) are not imported for a file DuckDB reads itself."""
    import subprocess
    import sys
    from pathlib import Path

    path = copy_of_demo(demo_template, tmp_path / "p.duckdb")
    file = tmp_path / "tall.csv"  # 60 000 figures, 8 a day from 2000: none in the future
    start, pairs = (
        dt.date(2000, 1, 1),
        [
            (c, m)
            for c in ("Nettside", "Teams")
            for m in ("Følgere", "Klikk", "Visninger", "Rekkevidde")
        ],
    )
    lines = ["dato;kanal;måltall;verdi"] + [
        f"{start + dt.timedelta(days=i // 8):%d.%m.%Y};{pairs[i % 8][0]};{pairs[i % 8][1]};{i},5"
        for i in range(60_000)
    ]
    file.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    assert file.stat().st_size > pipeline.FAST_PATH_BYTES  # DuckDB reads it
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _WHAT_WAS_IMPORTED,
            "import",
            str(file),
            "--db",
            str(path),
            "--plan",
            "his-2025",
            "--dry-run",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={"PLANPULS_DEMO": "0", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    answer, last = done.stdout.strip().splitlines()[0], done.stdout.strip().splitlines()[-1]
    assert json.loads(answer)["added"] == 60_000
    # Exit 0, and none of the three in sys.modules (a stand-in left the block).
    assert last.split() == ["0", "NoneType", "NoneType", "NoneType"], done.stderr[-2000:]
