"""A copy of the database file taken while the app runs holds every committed upload.

Before, committed writes stayed in the .wal beside the file until DuckDB checkpointed
on its own, and a copy of the file alone (the usual backup of "the database") lost
them: 5 of 12 uploads in the report of issue 10.
"""

from __future__ import annotations

import shutil

from dashboard.db import Database
from dashboard.ingest.pipeline import Upload, commit
from tests.conftest import TODAY


def status_file(day: int) -> bytes:
    return (
        "tiltak_id;dato;status;fremdrift;kommentar\n"
        f"his-t02;{day:02d}.11.2026;Gul;{40 + day} %;Venter på innspill\n"
        f"his-t04;{day:02d}.11.2026;På sporet;{50 + day} %;\n"
    ).encode()


def test_a_copy_of_the_file_alone_while_the_app_runs_holds_every_upload(demo_db, tmp_path):
    batches = []
    for day in range(17, 23):
        done = commit(
            demo_db,
            Upload(status_file(day), f"status-{day}.csv", "his-2025", today=TODAY),
            by="test",
        )
        batches.append(done.batch_id)
    assert None not in batches
    copy = tmp_path / "backup" / "kopi.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(demo_db.path, copy)  # the file only, not its .wal; the database stays open
    backup = Database.open(copy)
    try:
        found = backup.sql(
            "SELECT b.id, b.rows_added, count(s.id) AS rows FROM import_batch b "
            "LEFT JOIN status_update s ON s.import_batch_id = b.id "
            "WHERE b.id IN (SELECT unnest($ids::BIGINT[])) GROUP BY ALL ORDER BY b.id",
            {"ids": batches},
        )
        assert found["id"].tolist() == batches
        assert found["rows"].tolist() == [2] * len(batches)
        assert found["rows_added"].tolist() == [2] * len(batches)
    finally:
        backup.close()
