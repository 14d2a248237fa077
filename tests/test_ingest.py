"""Uploads end to end on the demo database: preview, commit whole, unchanged, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.ingest.batches import UndoRefused, history, undo
from dashboard.ingest.pipeline import Upload, UploadRefused, commit, preview
from tests.conftest import TODAY

TABLES = (
    "organisation", "plan", "owner", "channel", "audience", "goal", "goal_kpi", "measure",
    "measure_channel", "measure_audience", "status_update", "channel_metric",
)  # fmt: skip


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every plan table, comparable before and after."""
    out = {}
    for table in TABLES:
        frame = db.sql(f"SELECT * FROM {table}")  # table names from the constant above
        out[table] = sorted(map(tuple, frame.astype(str).values.tolist()))
    return out


def upload(text: str, name: str = "fil.csv", *, encoding="utf-8", plan="his-2025", **kw):
    return Upload(text.encode(encoding), name, plan, today=TODAY, **kw)


STATUS = (
    "tiltak_id;dato;status;fremdrift;kommentar\n"
    "his-t02;20.11.2026;Gul;55 %;Venter på innspill fra FoUI-miljøet\n"
    "his-t04;2026-11-21;På sporet;0,9;\n"
)


def test_status_preview_says_how_the_file_was_read_and_what_it_would_do(demo_db):
    result = preview(demo_db, upload(STATUS, encoding="cp1252"))
    assert (result.kind, result.source_format) == ("status", "planpuls-status")
    assert (result.encoding, result.separator, result.header_line) == ("cp1252", ";", 1)
    assert result.mapping["progress"] == "fremdrift"
    assert result.counts == {"added": 2, "changed": 0, "unchanged": 0, "rejected": 0}
    added = result.samples["added"].set_index("measure_id")
    assert added.loc["his-t02", "status"] == "at_risk"
    assert added.loc["his-t04", "progress"] == 90.0  # 0,9 in a fraction column is 90 %


def test_commit_then_the_same_file_again_is_unchanged_and_undo_restores(demo_db):
    before = snapshot(demo_db)
    done = commit(demo_db, upload(STATUS), by="Sekretariatet")
    assert done.batch_id is not None
    rows = demo_db.sql(
        "SELECT measure_id, status, progress, source, reported_by FROM status_update "
        "WHERE import_batch_id = $b ORDER BY source",
        {"b": done.batch_id},
    )
    assert rows.values.tolist() == [
        ["his-t02", "at_risk", 55.0, "fil.csv:2", "Sekretariatet"],
        ["his-t04", "on_track", 90.0, "fil.csv:3", "Sekretariatet"],
    ]
    again = commit(demo_db, upload(STATUS), by="Sekretariatet")
    assert again.batch_id is None
    assert again.preview.counts["unchanged"] == 2
    batches = history(demo_db)
    assert batches.iloc[0]["created_by"] == "Sekretariatet"
    assert batches.iloc[0]["rows_added"] == 2
    undo(demo_db, done.batch_id, by="Sekretariatet")
    assert snapshot(demo_db) == before
    assert history(demo_db).iloc[0]["state"] == "undone"
    with pytest.raises(UndoRefused) as refused:
        undo(demo_db, done.batch_id, by="Sekretariatet")
    assert refused.value.code == "already_undone"


def test_a_rejected_file_reports_every_problem_and_changes_nothing(demo_db):
    text = (
        "tiltak_id;dato;status;fremdrift;kommentar\n"
        "his-t02;20.11.2026;Gul;55 %;ok\n"
        "his-x99;20.11.2026;Gul;55 %;ukjent tiltak\n"
        "his-t03;31.12.2030;Grønn;10;fremtid\n"
        "his-t04;20.11.2026;lilla;140;\n"
        "his-t02;20.11.2026;Gul;55 %;dobbel\n"
        "ho21-t02;20.11.2026;Grønn;10;annen plan\n"
        f"his-t05;20.11.2026;Grønn;10;{'x' * 2100}\n"
        "his-t06;32.13.2026;Grønn;10;\n"
    )
    before = snapshot(demo_db)
    result = preview(demo_db, upload(text))
    found = {(p.line, p.column, p.code) for p in result.problems}
    assert found == {
        (3, "tiltak_id", "unknown_measure"),
        (4, "dato", "future_date"),
        (5, "status", "bad_status"),
        (5, "fremdrift", "progress_range"),
        (6, "tiltak_id", "duplicate_row"),
        (7, "tiltak_id", "measure_other_plan"),
        (8, "kommentar", "comment_too_long"),
        (9, "dato", "bad_date"),
    }
    assert result.counts["rejected"] == 7
    assert not result.ok
    with pytest.raises(UploadRefused):
        commit(demo_db, upload(text), by="x")
    assert snapshot(demo_db) == before


def test_an_older_update_is_kept_as_history(demo_db):
    text = "tiltak_id;dato;status;fremdrift\nhis-t02;15.01.2025;Grønn;5\n"
    result = preview(demo_db, upload(text))
    assert result.counts["added"] == 1
    assert result.history_only == 1


def test_metrics_wide_file_changes_figures_and_undo_puts_them_back(demo_db):
    text = "Dato;Kanal;Besøkende;Sidevisninger\n01.10.2026;Nettside;1 234;5 678\n"
    old = demo_db.scalar(
        "SELECT value FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND period_start = DATE '2026-10-01'"
    )
    before = snapshot(demo_db)
    done = commit(demo_db, upload(text, encoding="utf-8-sig"), by="x")
    assert done.preview.source_format == "planpuls-metrics-wide"
    assert done.preview.counts["changed"] == 2
    new = demo_db.sql(
        "SELECT value, period_end, source FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND period_start = DATE '2026-10-01'"
    )
    assert new.values.tolist()[0][0] == 1234.0 != old
    assert new["period_end"].iloc[0].date() == dt.date(2026, 10, 31)  # the 1st: the month
    undo(demo_db, done.batch_id, by="x")
    assert snapshot(demo_db) == before


def test_metrics_long_file_creates_a_new_channel_and_months(demo_db):
    text = (
        "dato;kanal;måltall;verdi;målgruppe\n"
        "01.09.2026;Podkast;Deltakere;120;Innbyggerne\n"
        "01.10.2026;Podkast;deltakere;140;Innbyggerne\n"
    )
    result = preview(demo_db, upload(text))
    assert result.new["channels"] == ["Podkast"]
    done = commit(demo_db, upload(text), by="x")
    rows = demo_db.sql(
        "SELECT c.name, m.period_start, m.period_end, m.metric, m.value, a.name AS audience "
        "FROM channel_metric m JOIN channel c ON c.id = m.channel_id "
        "LEFT JOIN audience a ON a.id = m.audience_id WHERE m.import_batch_id = $b "
        "ORDER BY m.period_start",
        {"b": done.batch_id},
    )
    assert rows["period_end"].dt.date.tolist() == [dt.date(2026, 9, 30), dt.date(2026, 10, 31)]
    assert rows["metric"].tolist() == ["participants", "participants"]
    assert rows["audience"].tolist() == ["Innbyggerne", "Innbyggerne"]
    undo(demo_db, done.batch_id, by="x")
    assert demo_db.scalar("SELECT count(*) FROM channel WHERE name = 'Podkast'") == 0


def test_metrics_the_same_figure_twice_is_a_duplicate_whatever_its_names_case(demo_db):
    # The same channel, metric and target group however the names are written (case,
    # a metric's other word), on the same day: a duplicate; another group, or another
    # day, is a figure of its own.
    text = (
        "dato;kanal;måltall;verdi;målgruppe\n"
        "01.09.2026;Nettside;Besøkende;120;Innbyggerne\n"
        "01.09.2026;nettside;besøkende;121;innbyggerne\n"
        "01.09.2026;NETTSIDE;Besøkende;122;Fagfolk\n"
        "02.09.2026;Nettside;Besøkende;123;Innbyggerne\n"
        "01.09.2026;Nettside;Sidevisninger;124;Innbyggerne\n"
        "01.09.2026;Nettside;sidevisninger;125;Innbyggerne\n"
    )
    result = preview(demo_db, upload(text))
    found = [(p.line, p.column, p.value, p.code) for p in result.problems]
    assert found == [
        (3, "dato", "01.09.2026", "duplicate_row"),
        (7, "dato", "01.09.2026", "duplicate_row"),
    ]
    assert result.counts["rejected"] == 2
    before = snapshot(demo_db)
    with pytest.raises(UploadRefused):
        commit(demo_db, upload(text), by="x")
    assert snapshot(demo_db) == before


def test_goals_and_measures_upload_then_undo_in_reverse_order(demo_db):
    before = snapshot(demo_db)
    goals = commit(
        demo_db,
        upload("mål_id;tittel;beskrivelse\nhis-g1;Tydeligere profil;Ny tekst\nhis-g9;Podkast;\n"),
        by="x",
    )
    assert goals.preview.counts == {"added": 1, "changed": 1, "unchanged": 0, "rejected": 0}
    measures = commit(
        demo_db,
        upload(
            "tiltak_id;mål_id;tittel;ansvarlig;kanaler;målgrupper;start;frist;vekt\n"
            "his-t90;Podkast;Lage en podkastserie;Podkastredaktør;Podkast|Nettside;"
            "Innbyggerne;01.01.2026;30.06.2026;2\n"
        ),
        by="x",
    )
    assert measures.preview.new["owners"] == ["Podkastredaktør"]
    row = demo_db.sql(
        "SELECT m.goal_id, o.name, m.weight FROM measure m JOIN owner o ON o.id = m.owner_id "
        "WHERE m.id = 'his-t90'"
    )
    assert row.values.tolist() == [["his-g9", "Podkastredaktør", 2.0]]
    with pytest.raises(UndoRefused) as refused:
        undo(demo_db, goals.batch_id, by="x")  # its goal his-g9 still has a measure
    assert refused.value.code == "still_referenced"
    undo(demo_db, measures.batch_id, by="x")
    undo(demo_db, goals.batch_id, by="x")
    assert snapshot(demo_db) == before


def test_a_file_of_no_known_format_names_the_columns_found_and_expected(demo_db):
    result = preview(demo_db, upload("fornavn;etternavn\nOla;Nordmann\n"))
    assert result.file_error.code == "unknown_format"
    assert result.file_error.params["found"] == ["fornavn", "etternavn"]
    assert "status" in result.file_error.params["expected"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"\x00\x01\x02\x03" * 200, "not_a_table"),
        (b"PK\x03\x04junk", "broken_workbook"),
    ],
)
def test_unreadable_files(demo_db, data, code):
    result = preview(demo_db, Upload(data, "x.csv", "his-2025", today=TODAY))
    assert result.file_error.code == code
    assert result.unreadable


def test_every_path_that_writes_records_its_batch_row_the_same_way(demo_db):
    """The demo, a plan, a publication, a reminder text, an edit and an upload each write
    one import_batch row; what each row says (who, what, how many) is fixed here."""
    from dashboard import edits, plans, publication, reminders

    plans.create_plan(
        demo_db,
        plans.NewPlan("ny-plan", "Ny plan", "Ny organisasjon", dt.date(2027, 1, 1),
                      dt.date(2027, 12, 31)),
        by="admin",
    )  # fmt: skip
    publication.publish(demo_db, "his-2025", by="admin", via="cli")
    reminders.save_template(
        demo_db, "his-2025", "nb", "Status", "{measures}\n{link}", by="sekretariatet"
    )
    shown = edits.shown(demo_db, "measures", "his-2025", "his-g1")
    changed = shown.copy()
    changed.at[0, "title"] = "Nytt navn"
    edits.commit_edit(
        demo_db, edits.preview(demo_db, "measures", shown, changed, plan_id="his-2025"), by="sek"
    )
    commit(demo_db, upload(STATUS, "status.csv"), by="Sekretariatet")
    with demo_db.cursor() as cur:
        rows = cur.execute(
            "SELECT created_by, file_name, checksum IS NOT NULL, kind, source_format, "
            "rows_added, rows_changed, rows_unchanged, rows_rejected, state FROM import_batch "
            "ORDER BY id"
        ).fetchall()
    demo_rows = demo_db.scalar("SELECT rows_added FROM import_batch WHERE kind = 'demo'")
    assert demo_rows > 1000  # counted after its rows were written
    assert rows == [
        ("demo", "demo", False, "demo", "planpuls-demo", demo_rows, 0, 0, 0, "committed"),
        ("admin", "ny-plan", False, "plan", "planpuls-form", 2, 0, 0, 0, "committed"),
        ("admin", "his-2025", False, "publish", "planpuls-cli", 1, 0, 0, 0, "committed"),
        ("sekretariatet", "his-2025", False, "reminder_text", "planpuls-form", 1, 0, 0, 0,
         "committed"),
        ("sek", "Redigering: tiltak", False, "edit_measures", None, 0, 1, 0, 0, "committed"),
        ("Sekretariatet", "status.csv", True, "status", "planpuls-status", 2, 0, 0, 0,
         "committed"),
    ]  # fmt: skip
