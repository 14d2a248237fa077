"""Uploads and undo on PostgreSQL (issue 16, item 2; dashboard/pg/ingest.py): the demo in
DuckDB and the same demo copied into PostgreSQL take the same files, and every table ends
with the same rows on both (batch ids, sources, previous values, new ids); re-uploads are
"Uendret" on both, refusals say the same, undo puts both back.

The PostgreSQL store is the one the app opens for a ``postgresql://`` PLANPULS_DB
(dashboard/pg/database.py's PgDatabase, on a database made from the demo template of
tests/pg.py), reached through the pipeline's own dispatch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard.db import Database
from dashboard.ingest.batches import UndoRefused, undo
from dashboard.ingest.pipeline import Upload, UploadRefused, check_and_commit, commit, preview
from dashboard.pg.database import PgDatabase
from dashboard.pg.ingest import load_store
from tests.conftest import TODAY, copy_of_demo
from tests.pg import pg_demo_template, pg_demo_url, pg_server  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus" / "files"
PRESETS = ROOT / "corpus" / "presets"
#: Columns set by the clock (``DEFAULT current_timestamp``), which differ between stores.
CLOCK = {"created_at", "recorded_at", "undone_at", "updated_at"}
#: JSON text in DuckDB, jsonb in PostgreSQL.
JSON_COLUMNS = {("batch_change", "previous"), ("owner_submission", "reports")}
#: A measure's previous links (DuckDB's list() keeps no order; PostgreSQL's variant sorts).
LISTS = ("channels", "audiences", "depends_on")


@pytest.fixture
def stores(demo_template, tmp_path, pg_demo_url):  # noqa: F811
    """(DuckDB store, PostgreSQL store), both holding the demo: the store the app opens
    for a postgresql:// PLANPULS_DB (PgDatabase), whose write() holds the write lock and
    raises the data version."""
    duck = Database.open(copy_of_demo(demo_template, tmp_path / "demo.duckdb"))
    pg = PgDatabase.open(pg_demo_url)
    yield duck, pg
    pg.close()
    duck.close()


def _pg_rows(pg: PgDatabase, select: str) -> list[tuple]:
    """Rows as the store's connections give them (jsonb as JSON text, as DuckDB's)."""
    with pg.cursor() as cur:
        return cur.connection.execute(select).fetchall()


def _tables(duck: Database) -> dict[str, list[str]]:
    with duck.cursor() as cur:
        return dict(
            cur.execute(
                "SELECT table_name, list(column_name ORDER BY column_index) FROM duckdb_columns() "
                "WHERE database_name = current_database() AND schema_name = 'main' "
                "AND table_name <> 'schema_version' GROUP BY table_name"
            ).fetchall()
        )


def _value(table: str, column: str, value):
    if value is None or (table, column) not in JSON_COLUMNS:
        return value
    parsed = json.loads(value)  # JSON text on both stores
    if isinstance(parsed, dict):
        parsed = {k: sorted(v) if k in LISTS and v else v for k, v in parsed.items()}
    return parsed


def everything(duck: Database, pg: PgDatabase) -> tuple[dict, dict]:
    """Every row of every table on both stores, clock columns left out, JSON parsed."""
    on_duck, on_pg = {}, {}
    for table, columns in _tables(duck).items():
        kept = [c for c in columns if c not in CLOCK]
        select = f'SELECT {", ".join(chr(34) + c + chr(34) for c in kept)} FROM "{table}"'
        with duck.cursor() as cur:
            rows = cur.execute(select).fetchall()
        on_duck[table] = _parsed(table, kept, rows)
        rows = _pg_rows(pg, select)
        if table == "app_setting":  # PostgreSQL's own row: the replicas' data version
            rows = [row for row in rows if row[0] != "data_version"]
        on_pg[table] = _parsed(table, kept, rows)
    return on_duck, on_pg


def _parsed(table: str, columns: list[str], rows: list[tuple]) -> list[tuple]:
    """The rows with their JSON parsed, in one order (repr's) for either store."""
    parsed = (tuple(_value(table, c, v) for c, v in zip(columns, r, strict=True)) for r in rows)
    return sorted(parsed, key=repr)


def assert_same(duck: Database, pg: PgDatabase) -> dict:
    on_duck, on_pg = everything(duck, pg)
    for table in on_duck:
        assert on_pg[table] == on_duck[table], table
    return on_duck


def _upload(data: bytes, name: str, plan: str = "his-2025", **kw) -> Upload:
    return Upload(data, name, plan, today=TODAY, **kw)


#: One file per kind (and per way of reading it): the corpus's messy Norwegian files,
#: the owners/channels/targets files of their tests.
FILES = {
    "status": lambda: _upload((CORPUS / "001_status_nb_cp1252.csv").read_bytes(), "s.csv"),
    "status.xlsx": lambda: _upload((CORPUS / "007_status.xlsx").read_bytes(), "s.xlsx"),
    "measures": lambda: _upload((CORPUS / "020_measures_nb_cp1252.csv").read_bytes(), "m.csv"),
    "goals": lambda: _upload((CORPUS / "030_goals_nb_cp1252.csv").read_bytes(), "g.csv"),
    "metrics-long": lambda: _upload(
        (CORPUS / "040_metrics_long_nb_cp1252.csv").read_bytes(), "k.csv"
    ),
    "metrics-wide": lambda: _upload(
        (CORPUS / "050_metrics_wide_nb_cp1252.csv").read_bytes(), "w.csv", channel="Nettside"
    ),
    "owners": lambda: _upload(
        "Ansvarlig;E-post\r\nkommunikasjonsansvarlig;kommunikasjon@helse.no\r\n"
        "FoUI-leder;foui@helse.no\r\nØkonomisjef;okonomi@helse.no\r\n".encode("cp1252"),
        "ansvarlige.csv",
    ),
    "channels": lambda: _upload(
        "Kanal;Kanaltype\r\nNYHETSBREV;Intern\r\nNettside;ekstern\r\nIntranett;INTERNAL\r\n".encode(
            "cp1252"
        ),
        "kanaler.csv",
    ),
    "targets": lambda: _upload(
        "mål_id;kanal;måltall;fra;til;målverdi;retning\r\n"
        "his-g1;Nettside;besøkende;01.01.2026;31.12.2026;65 000;opp\r\n"
        "his-g2;Nyhetsbrev | Podkast;følgere;01.01.2026;31.12.2026;1 234,5;høyere er bedre\r\n"
        "his-g5;Media;omtaler;01.01.2026;31.12.2026;12;lavere er bedre\r\n".encode("cp1252"),
        "resultatmål.csv",
        scopes={"Podkast": "internal"},
    ),
    "measures-new-names": lambda: _upload(
        "tiltak_id;mål_id;tittel;ansvarlig;e-post;kanaler;kanaltype;målgrupper;start;frist;vekt\n"
        "his-t90;his-g1;Lage en podkastserie;Podkastredaktør;pod@helse.no;Podkast|Nettside;"
        "intern;Innbyggerne|Unge voksne;01.01.2026;30.06.2026;2\n"
        "his-t01;his-g1;Nytt navn;Styret;styret@helse.no;Nettside;;;;;1\n".encode(),
        "m2.csv",
    ),
    "jira": lambda: _upload(
        (PRESETS / "jira_issues.csv").read_bytes(),
        "jira_issues.csv",
        owner_map={"FoU-leder": "FoUI-leder"},
    ),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_an_upload_writes_the_same_rows_on_both_stores_and_undo_puts_both_back(stores, name):
    duck, pg = stores
    before = assert_same(duck, pg)
    seen, want = preview(pg, FILES[name]()), preview(duck, FILES[name]())
    assert (seen.counts, seen.new, seen.problems) == (want.counts, want.new, want.problems)
    assert seen.samples.keys() == want.samples.keys()
    for action, frame in want.samples.items():
        pd.testing.assert_frame_equal(seen.samples[action], frame)
    on_duck = commit(duck, FILES[name](), by="Sekretariatet")
    on_pg = commit(pg, FILES[name](), by="Sekretariatet")
    assert on_duck.batch_id is not None, on_duck.preview.problems[:3]
    assert on_pg.batch_id == on_duck.batch_id
    assert on_pg.preview.counts == on_duck.preview.counts
    assert on_pg.preview.new == on_duck.preview.new
    after = assert_same(duck, pg)
    assert after != before
    # the same file again: "Uendret" on both, no batch
    again_duck = commit(duck, FILES[name](), by="Sekretariatet")
    again_pg = commit(pg, FILES[name](), by="Sekretariatet")
    assert again_duck.batch_id is None and again_pg.batch_id is None
    assert again_pg.preview.counts == again_duck.preview.counts
    assert again_pg.preview.counts["added"] == again_pg.preview.counts["changed"] == 0
    undo(duck, on_duck.batch_id, by="Sekretariatet")
    undo(pg, on_pg.batch_id, by="Sekretariatet")
    undone = assert_same(duck, pg)
    # (the batches stay, undone; a tool export's remembered mapping stays, on both stores)
    kept = ("import_batch", "batch_change", "import_mapping")
    plain = {t: rows for t, rows in undone.items() if t not in kept}
    assert plain == {t: rows for t, rows in before.items() if t in plain}


def test_a_file_with_problems_is_refused_the_same_and_changes_nothing(stores):
    duck, pg = stores
    before = assert_same(duck, pg)
    data = (CORPUS / "093_bad_duplicate_rows.csv").read_bytes()
    seen = preview(pg, _upload(data, "bad.csv"))
    assert seen.problems == preview(duck, _upload(data, "bad.csv")).problems
    assert seen.problem_count > 0
    for store in (duck, pg):
        with pytest.raises(UploadRefused) as refused:
            commit(store, _upload(data, "bad.csv"), by="x")
        assert refused.value.code == "problems"
    assert assert_same(duck, pg) == before


def test_the_command_lines_check_and_commit_writes_the_same(stores):
    duck, pg = stores
    data = (CORPUS / "001_status_nb_cp1252.csv").read_bytes()
    dry = check_and_commit(pg, _upload(data, "s.csv"), by="cli", write=False)
    assert dry.batch_id is None and dry.preview.counts["added"] > 0
    done = [check_and_commit(s, _upload(data, "s.csv"), by="cli") for s in (duck, pg)]
    assert done[0].batch_id == done[1].batch_id is not None
    assert_same(duck, pg)


def test_a_failure_in_the_write_leaves_postgresql_as_it_was(stores, monkeypatch):
    """The dangling-reference check fails after the apply script ran: the batch, its rows
    and the temporary tables are all gone."""
    duck, pg = stores
    before = assert_same(duck, pg)
    import dashboard.pg.ingest as pg_ingest

    monkeypatch.setattr(pg_ingest, "_dangling", lambda conn, batch: [("status_update", "1", "x")])
    with pytest.raises(Exception, match="dangling references"):
        commit(pg, FILES["status"](), by="x")
    assert assert_same(duck, pg) == before


def test_undo_is_refused_the_same_way_while_later_batches_need_its_rows(stores):
    duck, pg = stores
    goals = "mål_id;tittel;beskrivelse\nhis-g9;Podkast;\n".encode()
    renamed = "mål_id;tittel;beskrivelse\nhis-g9;Podkast og video;\n".encode()
    measure = (
        "tiltak_id;mål_id;tittel;ansvarlig\nhis-t90;his-g9;Lage en podkastserie;Styret\n"
    ).encode()
    ids = {}
    for store in (duck, pg):
        ids[store] = [
            commit(store, _upload(data, f"f{i}.csv"), by="x").batch_id
            for i, data in enumerate((goals, renamed, measure))
        ]
    assert ids[duck] == ids[pg]
    assert_same(duck, pg)
    first, second, third = ids[duck]
    refusals = {}
    for store in (duck, pg):
        with pytest.raises(UndoRefused) as later:
            undo(store, first, by="x")  # the second batch changed the goal the first added
        undo(store, second, by="x")
        with pytest.raises(UndoRefused) as referenced:
            undo(store, first, by="x")  # the third batch's measure is under that goal
        with pytest.raises(UndoRefused) as again:
            undo(store, second, by="x")
        with pytest.raises(UndoRefused) as missing:
            undo(store, 9999, by="x")
        refusals[store] = [
            (r.value.code, r.value.params) for r in (later, referenced, again, missing)
        ]
    assert refusals[pg] == refusals[duck]
    assert [code for code, _ in refusals[pg]] == [
        "undo_later_first", "still_referenced", "already_undone", "no_such_batch",
    ]  # fmt: skip
    assert refusals[pg][0][1]["later"] == [second]
    assert_same(duck, pg)
    for store in (duck, pg):
        undo(store, third, by="x")
        undo(store, first, by="x")
    assert_same(duck, pg)


def test_the_check_copies_the_plans_history_and_the_vocabularies_as_they_are(stores):
    """What a status upload for his-2025 is checked against: every goal and measure, the
    status updates of the plan's measures only (the store's own rows, to the microsecond),
    and no channel figures."""
    duck, pg = stores
    plan_updates = (
        "SELECT su.* FROM status_update su JOIN measure m ON m.id = su.measure_id "
        "JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = 'his-2025' ORDER BY su.id"
    )
    memory = Database.open(":memory:")
    with pg.cursor() as pg_cur, memory.cursor() as cur:
        copied = load_store(pg_cur.connection, cur, "his-2025", "status")
        got = cur.execute("SELECT * FROM status_update ORDER BY id").fetchall()
        measures = cur.execute("SELECT * FROM measure ORDER BY id").fetchall()
    memory.close()
    with duck.cursor() as cur:
        want = cur.execute(plan_updates).fetchall()
        all_updates = cur.execute("SELECT count(*) FROM status_update").fetchone()[0]
        assert measures == cur.execute("SELECT * FROM measure ORDER BY id").fetchall()
    assert got == want
    assert 0 < copied["status_update"] == len(want) < all_updates
    assert "channel_metric" not in copied and "goal_kpi" not in copied
