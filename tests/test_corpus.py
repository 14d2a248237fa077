"""The upload corpus: the secretariat's real-looking files, each with its exact expected outcome.

tests/corpus/files holds the files (written by tests/corpus/make_corpus.py) and
tests/corpus/EXPECTED.json what each should do for a user: how it was read, what
it would add, change or leave, and every problem by (Excel row, the user's column,
code), or why the whole file is refused. Valid files are committed and a figure
checked in the database, then committed again (all unchanged, no new batch);
refused ones must leave every table as it was. Entries marked ``known_gap`` say
what should happen where the pipeline does not do it yet: those tests xfail
strictly, so fixing the gap turns them into failures until the mark is removed.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from dashboard.db import Database
from dashboard.ingest.pipeline import Preview, Upload, UploadRefused, commit, preview
from tests.conftest import TODAY
from tests.helpers import snapshot

CORPUS = Path(__file__).parent / "corpus"
FILES = CORPUS / "files"
EXPECTED = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))
ENTRIES: dict[str, dict] = EXPECTED["files"]
LARGE = "090_bad_large_100k.csv"


@pytest.fixture(scope="module")
def demo_file(demo_template) -> Path:
    """The demo plans in a database file (the session's template), copied for every test."""
    return demo_template


@pytest.fixture
def fresh_db(demo_file, tmp_path):
    """A fresh database holding the demo plans (a copy: loading them anew per file is slow)."""
    path = tmp_path / "planpuls.duckdb"
    shutil.copyfile(demo_file, path)
    database = Database.open(path)
    yield database
    database.close()


def _upload(name: str) -> Upload:
    entry = ENTRIES[name]
    return Upload(
        (FILES / name).read_bytes(),
        name,
        entry.get("plan", EXPECTED["plan"]),
        channel=entry.get("upload", {}).get("channel"),
        today=TODAY,
    )


def _rows(result: Preview) -> int:
    return sum(result.counts[k] for k in ("added", "changed", "unchanged"))


def _refusal_changes_nothing(db, name: str) -> None:
    before = snapshot(db)
    with pytest.raises(UploadRefused):
        commit(db, _upload(name), by="Sekretariatet")
    assert snapshot(db) == before


def _assert_outcome(result: Preview, entry: dict) -> None:
    if "file_error" in entry:
        assert result.file_error is not None, f"read as {result.kind}: {result.problems[:5]}"
        assert result.file_error.code == entry["file_error"]["code"]
        if "found" in entry["file_error"]:
            assert result.file_error.params["found"] == entry["file_error"]["found"]
        return
    assert result.file_error is None, result.file_error
    assert (result.kind, result.source_format) == (entry["kind"], entry["source_format"])
    if "encoding" in entry:
        assert result.encoding == entry["encoding"]
    assert (result.separator, result.header_line) == (entry["separator"], entry["header_line"])
    found = {(p.line, p.column, p.code) for p in result.problems}
    assert found == {tuple(p) for p in entry["problems"]}
    assert result.counts == entry["counts"]


def _check_database(db, checks: list[dict]) -> None:
    for check in checks:
        value = db.scalar(check["sql"])
        expect = check["expect"]
        assert (str(value) if isinstance(expect, str) else value) == expect, check["sql"]


def _params():
    for name, entry in ENTRIES.items():
        if name == LARGE:
            continue
        marks = []
        if "known_gap" in entry:
            marks.append(pytest.mark.xfail(reason=entry["known_gap"], strict=True))
        yield pytest.param(name, id=name, marks=marks)


def test_every_corpus_file_has_an_expectation():
    on_disk = {p.name for p in FILES.iterdir()}
    assert on_disk == set(ENTRIES)
    assert len(on_disk) >= 45


@pytest.mark.parametrize("name", list(_params()))
def test_corpus_file(fresh_db, name):
    entry = ENTRIES[name]
    result = preview(fresh_db, _upload(name))
    if not result.ok:
        # Whatever the verdict on the file, a refused upload must not touch the database.
        _refusal_changes_nothing(fresh_db, name)
    _assert_outcome(result, entry)
    expected_ok = "file_error" not in entry and not entry["problems"]
    assert result.ok == expected_ok
    if not result.ok or "after_commit" not in entry:
        return
    done = commit(fresh_db, _upload(name), by="Sekretariatet")
    assert done.batch_id is not None
    assert done.preview.counts == entry["counts"]
    _check_database(fresh_db, entry["after_commit"])
    batches = fresh_db.scalar("SELECT count(*) FROM import_batch")
    again = commit(fresh_db, _upload(name), by="Sekretariatet")
    assert again.batch_id is None
    assert again.preview.counts["unchanged"] == _rows(result)
    assert again.preview.counts["added"] == again.preview.counts["changed"] == 0
    assert fresh_db.scalar("SELECT count(*) FROM import_batch") == batches
    _check_database(fresh_db, entry["after_commit"])


def test_large_file_reports_the_bad_rows_deep_inside_and_changes_nothing(fresh_db):
    entry = ENTRIES[LARGE]
    assert (FILES / LARGE).stat().st_size < 5_000_000
    result = preview(fresh_db, _upload(LARGE))
    _assert_outcome(result, entry)
    assert result.rows == 100_000
    # commit checks the file again before it writes: refused, and nothing changed.
    _refusal_changes_nothing(fresh_db, LARGE)


def _same_file(written: bytes, built: bytes) -> bool:
    """Equal bytes, or for workbooks equal content.

    Deflate output differs between zlib builds, openpyxl writes its XML through lxml
    when that is installed (else ElementTree, with other spacing), and it stamps
    the save time into docProps/core.xml; none of that is content.
    """
    if written == built:
        return True
    try:
        old, new = (zipfile.ZipFile(io.BytesIO(data)) for data in (written, built))
    except zipfile.BadZipFile:
        return False
    names = old.namelist()
    if sorted(names) != sorted(new.namelist()):
        return False
    for name in names:
        if name == "docProps/core.xml":
            continue
        a, b = old.read(name), new.read(name)
        if name.endswith((".xml", ".rels")):
            a, b = (ElementTree.canonicalize(x.decode("utf-8")) for x in (a, b))
        if a != b:
            return False
    return True


def test_the_corpus_is_what_make_corpus_writes():
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    assert set(built) == set(ENTRIES)
    for name, data in built.items():
        written = (FILES / name).read_bytes()
        if ENTRIES[name].get("file_error", {}).get("code") == "broken_workbook":
            # A cut-off workbook: its bytes depend on how openpyxl serialised the whole.
            assert not zipfile.is_zipfile(io.BytesIO(written)), name
            assert not zipfile.is_zipfile(io.BytesIO(data)), name
            continue
        assert _same_file(written, data), f"{name}: run make_corpus.py"


def test_today_is_the_corpus_today():
    assert dt.date.fromisoformat(EXPECTED["today"]) == TODAY
