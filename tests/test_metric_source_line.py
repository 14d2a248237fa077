"""A channel figure's source line stored as a number (issue 9, migration 0021).

An upload writes each figure's line into ``channel_metric.source_line`` and no source
text; its source is the batch's file name and that line, the same ``file:line`` the
row carried before. Rows written before the migration keep their text. Undo puts back
whichever the row had. No page, export, report or API endpoint shows a figure's
source (they show sums per period); what reads it is undo and SQL on the database, so
these tests read it as SQL would, with the expression the migration documents.
"""

from __future__ import annotations

import json
import shutil

import pytest

from dashboard.cli import main
from dashboard.db import MIGRATIONS_DIR, Database, migrations
from dashboard.ingest import pipeline
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, commit
from tests.conftest import TODAY

#: A figure's source as its readers see it (migrations/0021_metric_source_line.sql).
SOURCE = (
    "SELECT coalesce(m.source, b.file_name || ':' || m.source_line) FROM channel_metric m "
    "LEFT JOIN import_batch b ON b.id = m.import_batch_id WHERE m.id = $id"
)
#: The one demo figure the tests change: Nettside's visitors in October 2026.
DEMO_FIGURE = (
    "SELECT id FROM channel_metric WHERE channel_id = 'his-nettside' AND metric = 'visitors' "
    "AND period_start = DATE '2026-10-01'"
)
FIGURES = (
    "sep=;\r\n"  # Excel drops this line: the header is row 1
    "dato;kanal;måltall;verdi\r\n"
    "01.03.2019;Nettside;Besøkende;120\r\n"
    "01.03.2019;Nyhetsbrev;Åpninger;45,5\r\n"
    "01.04.2019;Nettside;Besøkende;130\r\n"
)


def _source(db: Database, figure_id: int) -> str | None:
    return db.scalar(SOURCE, {"id": figure_id})


def _figure(db: Database, channel: str, day: str) -> int:
    return int(
        db.scalar(
            "SELECT id FROM channel_metric WHERE channel_id = $c AND period_start = $d::DATE",
            {"c": channel, "d": day},
        )
    )


def _upload(text: str, name: str) -> Upload:
    return Upload(text.encode("cp1252"), name, "his-2025", today=TODAY)


@pytest.mark.parametrize("duckdb_reads_it", [False, True], ids=["python", "duckdb"])
def test_an_uploaded_figure_reads_as_its_file_and_line(demo_db, monkeypatch, duckdb_reads_it):
    staged = []
    if duckdb_reads_it:  # the path of a file over 2 MB, taken by a small one
        monkeypatch.setattr(pipeline, "FAST_PATH_BYTES", 100)
        monkeypatch.setattr(pipeline, "SAMPLE_RECORDS", 2)
        real = pipeline._stage_csv

        def stage_csv(*args):
            staged.append(real(*args))
            return staged[-1]

        monkeypatch.setattr(pipeline, "_stage_csv", stage_csv)
    done = commit(demo_db, _upload(FIGURES, "kanaltall mars.csv"), by="test")
    assert staged == ([3] if duckdb_reads_it else [])  # DuckDB read the three records
    assert done.preview.counts["added"] == 3
    rows = demo_db.sql(
        "SELECT id, channel_id, period_start, source, source_line FROM channel_metric "
        "WHERE import_batch_id = $b ORDER BY id",
        {"b": done.batch_id},
    )
    # The line as Excel numbers it; no text stored per row.
    assert rows["source_line"].tolist() == [2, 3, 4]
    assert rows["source"].isna().all()
    assert [_source(demo_db, int(i)) for i in rows["id"]] == [
        "kanaltall mars.csv:2",
        "kanaltall mars.csv:3",
        "kanaltall mars.csv:4",
    ]
    assert _source(demo_db, _figure(demo_db, "his-nyhetsbrev", "2019-03-01")) == (
        "kanaltall mars.csv:3"
    )


def test_the_command_line_import_stores_the_line_the_user_can_trace(tmp_path, capsys):
    path = tmp_path / "p.duckdb"
    assert main(["demo", "--db", str(path)]) == 0
    file = tmp_path / "tall.csv"
    file.write_bytes(FIGURES.encode("cp1252"))
    capsys.readouterr()
    assert main(["import", str(file), "--db", str(path), "--plan", "his-2025", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3
    db = Database.open(path)
    try:
        assert _source(db, _figure(db, "his-nettside", "2019-04-01")) == "tall.csv:4"
    finally:
        db.close()


def test_a_changed_demo_figure_keeps_its_old_text_for_undo(demo_db):
    figure = int(demo_db.scalar(DEMO_FIGURE))
    old = demo_db.sql("SELECT * FROM channel_metric WHERE id = $id", {"id": figure})
    assert old["source"].iloc[0].startswith("channel_metrics.csv:")  # the demo's text
    text = "dato;kanal;måltall;verdi\r\n01.10.2026;Nettside;Besøkende;999\r\n"
    done = commit(demo_db, _upload(text, "oktober.csv"), by="test")
    assert done.preview.counts["changed"] == 1
    assert _source(demo_db, figure) == "oktober.csv:2"
    undo(demo_db, done.batch_id, by="test")
    back = demo_db.sql("SELECT * FROM channel_metric WHERE id = $id", {"id": figure})
    assert back.astype(str).values.tolist() == old.astype(str).values.tolist()
    assert back["source_line"].isna().all()
    assert _source(demo_db, figure) == old["source"].iloc[0]


def test_undo_of_a_second_upload_gives_the_first_uploads_file_and_line(demo_db):
    first = commit(demo_db, _upload(FIGURES, "første.csv"), by="test")
    figure = _figure(demo_db, "his-nettside", "2019-04-01")
    assert _source(demo_db, figure) == "første.csv:4"
    text = "dato;kanal;måltall;verdi\r\n01.04.2019;Nettside;Besøkende;131\r\n"
    second = commit(demo_db, _upload(text, "andre.csv"), by="test")
    assert second.preview.counts["changed"] == 1
    assert _source(demo_db, figure) == "andre.csv:2"
    undo(demo_db, second.batch_id, by="test")
    assert _source(demo_db, figure) == "første.csv:4"
    assert demo_db.scalar(
        "SELECT import_batch_id FROM channel_metric WHERE id = $id", {"id": figure}
    ) == (first.batch_id)


def test_the_migration_keeps_every_stored_source_text(tmp_path):
    before = tmp_path / "before"
    before.mkdir()
    for version, file in migrations():
        if version < 21:
            shutil.copy(file, before)
    db = Database.open(tmp_path / "p.duckdb", migrations_dir=before)
    with db.write() as cur:  # an upload of gammel.csv stored before the migration
        cur.execute(
            "INSERT INTO import_batch (id, created_by, file_name, kind) "
            "VALUES (7, 'x', 'gammel.csv', 'metrics')"
        )
        cur.execute(
            "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value, "
            "import_batch_id, source) VALUES ('c', DATE '2024-01-01', DATE '2024-01-31', "
            "'visitors', 5, 7, 'gammel.csv:7')"
        )
    assert db.migrate(MIGRATIONS_DIR)[0] == 21
    row = db.sql("SELECT id, source, source_line FROM channel_metric")
    assert (row["source"].iloc[0], row["source_line"].isna().iloc[0]) == ("gammel.csv:7", True)
    assert _source(db, int(row["id"].iloc[0])) == "gammel.csv:7"
    db.close()
