"""Goal targets by upload (issue 8, item 3) and names beside ids (item 4).

A targets file as the secretariat writes it in Norwegian Excel: `;`, cp1252, decimal
comma. Previewed, committed, uploaded again unchanged, changed and undone; every
problem with its line and column; "down is good" targets in the KPI views; the
command line; the status template round trip; the channel scope chosen in the preview.
"""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from dashboard import exports, metrics, queries, tables
from dashboard.i18n import Translator
from dashboard.ingest import report, templates
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, UploadRefused, commit, excel_column, preview
from tests.conftest import TODAY

NB = Translator("nb")

#: Three rows: a changed demo target (his-g1 Nettside visitors 2026: 60 000 up in the
#: demo), one row for two channels (one of them new), and a new "lower is better" one.
TARGETS = (
    "mål_id;kanal;måltall;fra;til;målverdi;retning\r\n"
    "his-g1;Nettside;besøkende;01.01.2026;31.12.2026;65 000;opp\r\n"
    "his-g2;Nyhetsbrev | Podkast;følgere;01.01.2026;31.12.2026;1 234,5;høyere er bedre\r\n"
    "his-g5;Media;omtaler;01.01.2026;31.12.2026;12;lavere er bedre\r\n"
).encode("cp1252")


def targets_upload(data: bytes = TARGETS, name: str = "resultatmål.csv", **kw) -> Upload:
    return Upload(data, name, "his-2025", today=TODAY, **kw)


def kpi_rows(db, goal_id: str) -> list[tuple]:
    return [
        tuple(r)
        for r in db.sql(
            "SELECT c.name, k.metric, k.period_start::VARCHAR, k.period_end::VARCHAR, k.target, "
            "k.direction FROM goal_kpi k JOIN channel c ON c.id = k.channel_id "
            "WHERE k.goal_id = $g ORDER BY c.name, k.period_start",
            {"g": goal_id},
        ).itertuples(index=False)
    ]


def test_a_norwegian_targets_file_is_detected_previewed_and_committed(demo_db):
    result = preview(demo_db, targets_upload())
    assert result.file_error is None
    assert (result.kind, result.encoding, result.separator) == ("targets", "cp1252", ";")
    assert result.mapping["target"] == "målverdi" and result.mapping["direction"] == "retning"
    assert result.problems == [] and result.ignored == []
    # one target per channel: 1 changed + 2 (Nyhetsbrev, Podkast) + 1 (Media) added
    assert result.counts == {"added": 3, "changed": 1, "unchanged": 0, "rejected": 0}
    assert result.new == {"channels": ["Podkast"]}
    shown = report.rows(result.samples["added"], "targets", NB)
    assert shown["Mål"].tolist()[0] == "his-g2 «Vise konkret samfunnsverdi»"
    assert shown["Målverdi"].tolist()[:2] == ["1\u00a0234,5", "1\u00a0234,5"]
    changed = report.rows(result.samples["changed"], "targets", NB).iloc[0]
    assert (changed["Målverdi"], changed["Før"]) == ("65\u00a0000", "60\u00a0000 ↑")

    done = commit(demo_db, targets_upload(), by="Sekretariatet")
    assert done.batch_id is not None
    assert [r for r in kpi_rows(demo_db, "his-g2") if r[1] == "followers"] == [
        ("Nyhetsbrev", "followers", "2026-01-01", "2026-12-31", 1234.5, "up"),
        ("Podkast", "followers", "2026-01-01", "2026-12-31", 1234.5, "up"),
    ]
    assert kpi_rows(demo_db, "his-g5") == [
        ("Media", "mentions", "2026-01-01", "2026-12-31", 12.0, "down")
    ]
    assert kpi_rows(demo_db, "his-g1")[-1] == (
        "Nettside",
        "visitors",
        "2026-01-01",
        "2026-12-31",
        65000.0,
        "up",
    )
    assert demo_db.scalar("SELECT scope FROM channel WHERE name = 'Podkast'") == "external"
    source = demo_db.scalar(
        "SELECT source FROM goal_kpi WHERE goal_id = 'his-g5' AND import_batch_id = $b",
        {"b": done.batch_id},
    )
    assert source == "resultatmål.csv:4"

    again = commit(demo_db, targets_upload(), by="Sekretariatet")
    assert again.batch_id is None
    assert again.preview.counts == {"added": 0, "changed": 0, "unchanged": 4, "rejected": 0}


def test_english_headers_and_arrows_are_read_as_targets_too(demo_db):
    data = (
        "goal_id,channel,metric,period_start,period_end,target,direction\n"
        "his-g5,Media,mentions,2026-01-01,2026-12-31,40,↑\n"
        "his-g5,Nettside,visitors,2026-01-01,2026-12-31,900,↓\n"
    ).encode()
    result = preview(demo_db, targets_upload(data, "targets.csv"))
    assert result.kind == "targets" and result.problems == []
    assert result.samples["added"]["direction"].tolist() == ["up", "down"]


def test_a_changed_target_keeps_the_previous_row_and_undo_restores_value_and_direction(demo_db):
    # his-g6 Media mentions 2026: 45, up, in the demo; a first upload makes it 12, down
    first = (
        "mål_id;kanal;måltall;fra;til;målverdi;retning\n"
        "his-g6;Media;omtaler;01.01.2026;31.12.2026;12;ned\n"
    ).encode("cp1252")
    assert ("Media", "mentions", "2026-01-01", "2026-12-31", 45.0, "up") in kpi_rows(
        demo_db, "his-g6"
    )
    commit(demo_db, targets_upload(first), by="Sekretariatet")
    before = kpi_rows(demo_db, "his-g6")
    assert ("Media", "mentions", "2026-01-01", "2026-12-31", 12.0, "down") in before

    changed = first.replace(b"12;ned", b"40;opp")
    result = preview(demo_db, targets_upload(changed))
    assert result.counts["changed"] == 1
    done = commit(demo_db, targets_upload(changed), by="Sekretariatet")
    stored = json.loads(
        demo_db.scalar(
            "SELECT previous FROM batch_change WHERE batch_id = $b AND table_name = 'goal_kpi'",
            {"b": done.batch_id},
        )
    )
    assert (stored["target"], stored["direction"]) == (12.0, "down")
    assert ("Media", "mentions", "2026-01-01", "2026-12-31", 40.0, "up") in kpi_rows(
        demo_db, "his-g6"
    )

    undo(demo_db, done.batch_id, by="Sekretariatet")
    assert kpi_rows(demo_db, "his-g6") == before


def test_an_empty_direction_keeps_the_targets_own(demo_db):
    commit(
        demo_db,
        targets_upload(
            "mål_id;kanal;måltall;fra;til;målverdi;retning\n"
            "his-g5;Media;omtaler;01.01.2026;31.12.2026;12;ned\n".encode()
        ),
        by="s",
    )
    again = preview(
        demo_db,
        targets_upload(
            "mål_id;kanal;måltall;fra;til;målverdi\nhis-g5;Media;omtaler;01.01.2026;31.12.2026;12\n".encode()
        ),
    )
    assert again.counts["unchanged"] == 1


BAD = (
    "mål_id;kanal;måltall;fra;til;målverdi;retning\n"
    "his-g99;Media;omtaler;01.01.2026;31.12.2026;12;opp\n"  # 2 unknown goal
    "ho21-g1;Media;omtaler;01.01.2026;31.12.2026;12;opp\n"  # 3 another plan's goal
    "his-g6;Media;likerklikk;01.01.2026;31.12.2026;12;opp\n"  # 4 unknown metric
    "his-g6;Media;omtaler;01.02.2026;31.12.2026;mange;opp\n"  # 5 unreadable number
    "his-g6;Media;omtaler;32.13.2026;31.12.2026;12;opp\n"  # 6 unreadable date
    "his-g6;Media;omtaler;01.07.2026;31.12.2025;12;opp\n"  # 7 start after end
    "his-g6;Media;omtaler;01.03.2026;31.12.2026;12;sidelengs\n"  # 8 unknown direction
    "his-g6;Nettside;omtaler;01.01.2026;31.12.2026;12;opp\n"  # 9 fine …
    "his-g6;nettside;omtaler;01.01.2026;31.12.2026;13;opp\n"  # 10 … its duplicate
    "his-g6;;omtaler;01.01.2026;31.12.2026;12;opp\n"  # 11 no channel
    "his-g5;Media;omtaler;01.01.2026;31.12.2026;12;opp;;stray\n"  # 12 extra field
)


def test_every_problem_is_reported_at_once_with_line_column_and_what_to_do(demo_db):
    before = demo_db.sql("SELECT * FROM goal_kpi ORDER BY ALL").values.tolist()
    result = preview(demo_db, targets_upload(BAD.encode("cp1252")))
    found = [(p.line, report.column_label(p, NB), p.value, p.code) for p in result.problems]
    assert found == [
        (2, "mål_id", "his-g99", "unknown_goal"),
        (3, "mål_id", "ho21-g1", "target_goal_other_plan"),
        (4, "måltall", "likerklikk", "unknown_metric"),
        (5, "målverdi", "mange", "bad_number"),
        (6, "fra", "32.13.2026", "bad_date"),
        (7, "til", "31.12.2025", "end_before_start"),
        (8, "retning", "sidelengs", "bad_direction"),
        (10, "mål_id", "his-g6 · nettside", "duplicate_row"),
        (11, "kanal", "", "missing_value"),
        (12, "kolonne I (uten overskrift)", "stray", "extra_fields"),
    ]
    assert result.counts["rejected"] == 10
    messages = report.problems(result, NB)["Hva er galt"].tolist()
    assert messages[1].startswith("Målet hører til en annen plan")
    assert messages[6].startswith("Ukjent retning. Skriv opp")
    with pytest.raises(UploadRefused):
        commit(demo_db, targets_upload(BAD.encode("cp1252")), by="s")
    assert demo_db.sql("SELECT * FROM goal_kpi ORDER BY ALL").values.tolist() == before


@pytest.mark.parametrize(
    ("actual", "target", "direction", "met", "achieved"),
    [
        (50, 40, "up", True, 125.0),
        (40, 40, "up", True, 100.0),
        (30, 40, "up", False, 75.0),
        (30, 40, "down", True, 40 / 30 * 100),  # fewer than allowed: beaten
        (40, 40, "down", True, 100.0),  # exactly the target is met
        (50, 40, "down", False, 80.0),
        (0, 40, "down", True, None),  # none at all: met; no share to show
        (0, 0, "up", True, None),
        (None, 40, "up", None, None),  # no figure is not zero
        (float("nan"), 40, "down", None, None),
    ],
)
def test_down_is_good_targets_are_met_at_or_below(actual, target, direction, met, achieved):
    assert metrics.target_met(actual, target, direction) is met
    got = metrics.target_achieved(actual, target, direction)
    assert got == (pytest.approx(achieved) if achieved is not None else None)


def test_the_kpi_table_shows_direction_and_whether_a_down_target_is_met(demo_db):
    actual = demo_db.scalar(
        "SELECT sum(value) FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND period_start BETWEEN DATE '2026-01-01' AND $d",
        {"d": TODAY},
    )
    assert actual and actual > 100
    data = (
        "mål_id;kanal;måltall;fra;til;målverdi;retning\n"
        f"his-g1;Nettside;besøkende;01.01.2026;31.12.2026;{int(actual) + 1};ned\n"
        f"his-g2;Nettside;besøkende;01.01.2026;31.12.2026;{int(actual) - 1};ned\n"
    ).encode()
    commit(demo_db, targets_upload(data), by="s")
    plan = queries.Filters("his-2025", dt.date(2025, 1, 1), TODAY)
    kpis = queries.goal_kpis(demo_db, plan)
    shown = tables.kpis(kpis, NB)
    rows = shown[(shown["Kanal"] == "Nettside") & shown["Periode"].str.startswith("01.01.2026")]
    by_goal = rows.set_index("Mål")
    assert by_goal.loc["Tydeligere profil", "Retning"] == "↓ lavere er bedre"
    assert by_goal.loc["Tydeligere profil", "Nådd"] == "✓ nådd"
    assert by_goal.loc["Vise konkret samfunnsverdi", "Nådd"] == "✗ ikke nådd"
    up = shown[shown["Retning"] == "↑ høyere er bedre"].iloc[0]
    assert up["Nådd"] in ("✓ nådd", "✗ ikke nådd", "")


def test_the_targets_template_holds_the_plans_targets_and_comes_back_unchanged(demo_db):
    for lang in ("nb", "en"):
        frame = templates.template(demo_db, "targets", "his-2025", TODAY, lang)
        expected = demo_db.scalar(
            "SELECT count(*) FROM goal_kpi k JOIN goal g ON g.id = k.goal_id "
            "WHERE g.plan_id = 'his-2025'"
        )
        assert len(frame) == expected
        assert list(frame.columns) == templates.HEADERS["targets"][lang]
        for data, name in ((exports.to_csv(frame), "t.csv"), (exports.to_xlsx(frame), "t.xlsx")):
            result = preview(demo_db, targets_upload(data, name))
            assert result.kind == "targets" and result.problems == []
            assert result.counts["unchanged"] == expected and result.counts["added"] == 0


def test_the_status_template_round_trip_has_no_problems_and_no_ignored_columns(demo_db):
    frame = templates.template(demo_db, "status", "his-2025", TODAY, "nb")
    assert list(frame.columns)[:3] == ["tiltak_id", "mål (kun visning)", "tiltak (kun visning)"]
    row = frame.set_index("tiltak_id").loc["his-t05"]
    title = demo_db.scalar("SELECT title FROM measure WHERE id = 'his-t05'")
    goal = demo_db.scalar(
        "SELECT g.title FROM goal g JOIN measure m ON m.goal_id = g.id WHERE m.id = 'his-t05'"
    )
    assert (row["mål (kun visning)"], row["tiltak (kun visning)"]) == (goal, title)
    never = demo_db.sql(
        "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = 'his-2025' "
        "AND m.id NOT IN (SELECT measure_id FROM status_update)"
    )["id"].tolist()
    assert never == ["his-t19"]  # never reported: its row has no date, and says nothing new
    assert pd.isna(frame.set_index("tiltak_id").loc["his-t19", "dato"])
    for data, name in ((exports.to_csv(frame), "s.csv"), (exports.to_xlsx(frame), "s.xlsx")):
        result = preview(demo_db, Upload(data, name, "his-2025", today=TODAY))
        assert result.kind == "status"
        assert result.problems == [] and result.ignored == []
        assert result.counts == {
            "added": 0, "changed": 0, "unchanged": len(frame), "rejected": 0
        }  # fmt: skip
    # given a date, the same row is a first report
    frame.loc[frame["tiltak_id"] == "his-t19", "dato"] = dt.date(2026, 11, 20)
    result = preview(demo_db, Upload(exports.to_csv(frame), "s.csv", "his-2025", today=TODAY))
    assert result.counts["added"] == 1
    assert result.samples["added"]["measure_id"].tolist() == ["his-t19"]
    # a row with another status but no date still needs its date
    frame.loc[frame["tiltak_id"] == "his-t19", ["dato", "status"]] = [None, "Risiko"]
    result = preview(demo_db, Upload(exports.to_csv(frame), "s.csv", "his-2025", today=TODAY))
    assert [(p.column, p.code) for p in result.problems] == [("dato", "missing_value")]


def test_an_error_names_the_measure_with_its_title(demo_db):
    data = b"tiltak_id;dato;status;fremdrift\nhis-t05;20.11.2026;lilla;50\n"
    result = preview(demo_db, Upload(data, "s.csv", "his-2025", today=TODAY))
    title = demo_db.scalar("SELECT title FROM measure WHERE id = 'his-t05'")
    assert [p.measure for p in result.problems] == [f"his-t05 «{title}»"]
    table = report.problems(result, NB)
    assert table["Tiltak"].tolist() == [f"his-t05 «{title}»"]
    rows = report.rows(
        preview(
            demo_db,
            Upload(data.replace(b"lilla", b"gul"), "s.csv", "his-2025", today=TODAY),
        ).samples["added"],
        "status",
        NB,
    )
    assert rows["Tiltak"].tolist() == [f"his-t05 «{title}»"]


def test_an_extra_field_error_names_the_column_as_excel_shows_it(demo_db):
    data = (
        "tiltak_id;dato;status;fremdrift;kommentar;rapportert_av;x;\n"  # 8 names, H empty
        "his-t05;20.11.2026;gul;50;ok;;;;forskjøvet\n"  # a value in column I
    )
    result = preview(demo_db, Upload(data.encode(), "s.csv", "his-2025", today=TODAY))
    extra = [p for p in result.problems if p.code == "extra_fields"]
    assert len(extra) == 1
    assert report.column_label(extra[0], NB) == "kolonne I (uten overskrift)"
    assert report.column_label(extra[0], Translator("en")) == "column I (no header)"
    assert extra[0].value == "forskjøvet"


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (7, "H"), (25, "Z"), (26, "AA"), (52, "BA")]
)
def test_excel_column_letters(index, letter):
    assert excel_column(index) == letter


def test_a_measures_file_may_carry_channel_scope_and_owner_email_and_undo_restores(demo_db):
    measure = demo_db.sql(
        "SELECT m.id, m.goal_id, m.title, o.name AS owner FROM measure m "
        "JOIN owner o ON o.id = m.owner_id WHERE m.id = 'his-t05'"
    ).iloc[0]
    owners = demo_db.sql("SELECT * FROM owner ORDER BY id").astype(str).values.tolist()
    channels = demo_db.sql("SELECT * FROM channel ORDER BY id").astype(str).values.tolist()
    data = (
        "tiltak_id;mål_id;tittel;ansvarlig;kanaler;kanaltype;e-post\n"
        f"{measure.id};{measure.goal_id};{measure.title};{measure.owner};Intranett;intern;"
        "kommunikasjon@his.no\n"
        f"his-t90;{measure.goal_id};Nytt tiltak;Ny rolle;Nyhetsbrev;intern;ny.rolle@his.no\n"
        f"his-t91;{measure.goal_id};Feil;Ny rolle;Nyhetsbrev;sidelengs;ikke-epost\n"
    ).encode("cp1252")
    bad = preview(demo_db, Upload(data, "m.csv", "his-2025", today=TODAY))
    assert [(p.line, p.column, p.code) for p in bad.problems] == [
        (4, "kanaltype", "bad_scope"),
        (4, "e-post", "bad_email"),
    ]
    good = data.rsplit(b"\n", 2)[0] + b"\n"
    result = preview(demo_db, Upload(good, "m.csv", "his-2025", today=TODAY))
    assert result.ignored == [] and result.problems == []
    assert result.new["channels"] == ["Intranett"]
    assert result.new_scopes == {"Intranett": "internal"}
    done = commit(demo_db, Upload(good, "m.csv", "his-2025", today=TODAY), by="s")
    assert demo_db.scalar("SELECT scope FROM channel WHERE name = 'Intranett'") == "internal"
    assert demo_db.scalar("SELECT scope FROM channel WHERE id = 'his-nyhetsbrev'") == "internal"
    emails = dict(
        demo_db.sql("SELECT name, email FROM owner WHERE organisation_id = 'his'").values.tolist()
    )
    assert emails[measure.owner] == "kommunikasjon@his.no"
    assert emails["Ny rolle"] == "ny.rolle@his.no"
    undo(demo_db, done.batch_id, by="s")
    assert demo_db.sql("SELECT * FROM owner ORDER BY id").astype(str).values.tolist() == owners
    assert demo_db.sql("SELECT * FROM channel ORDER BY id").astype(str).values.tolist() == channels


def test_the_scope_chosen_for_a_new_channel_is_stored(demo_db):
    done = commit(demo_db, targets_upload(scopes={"Podkast": "internal"}), by="Sekretariatet")
    scope = demo_db.scalar(
        "SELECT scope FROM channel WHERE name = 'Podkast' AND import_batch_id = $b",
        {"b": done.batch_id},
    )
    assert scope == "internal"
    assert pd.notna(scope)


def test_the_command_line_imports_targets_with_exit_codes_0_1_2(tmp_path, demo_template):
    from dashboard.db import Database
    from tests.helpers import demo_file, import_cli, run_cli

    db_path = demo_file(tmp_path, demo_template)
    good = tmp_path / "resultatmål.csv"
    good.write_bytes(TARGETS)
    bad = tmp_path / "feil.csv"
    bad.write_bytes(BAD.encode("cp1252"))
    unreadable = tmp_path / "tom.csv"
    unreadable.write_bytes(b"")

    assert "--scope" in run_cli("import", "--help").stdout
    refused = import_cli(db_path, bad, "--kind", "targets")
    assert refused.returncode == 1
    assert "linje 2, «mål_id»: his-g99 – Ukjent mål" in refused.stderr
    assert "linje 12, «kolonne I (uten overskrift)»: stray" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert import_cli(db_path, unreadable, "--kind", "targets").returncode == 2
    assert import_cli(db_path, good, "--scope", "Podkast").returncode == 2  # no =intern
    dry = import_cli(db_path, good, "--dry-run", "--scope", "Podkast=intern")
    assert dry.returncode == 0
    assert "Opprettes ved lagring – kanaler: Podkast (intern)" in dry.stdout

    done = import_cli(db_path, good, "--kind", "targets", "--scope", "Podkast=intern", "--json")
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert (outcome["kind"], outcome["added"], outcome["changed"]) == ("targets", 3, 1)
    again = import_cli(db_path, good)
    assert again.returncode == 0 and "Ingenting å lagre" in again.stdout
    db = Database.open(db_path)
    try:
        assert db.scalar("SELECT scope FROM channel WHERE name = 'Podkast'") == "internal"
        assert db.scalar("SELECT count(*) FROM goal_kpi WHERE direction = 'down'") == 1
    finally:
        db.close()


def test_the_upload_page_offers_targets_and_stores_the_scope_chosen_for_a_new_channel(demo_env):
    from dashboard.ui import state
    from tests.helpers import metrics_by_label, run_page

    at = run_page("pages/last_opp.py", role="secretariat")
    kinds = at.selectbox(key="upload_kind")
    assert "Resultatmål" in kinds.options  # the options as shown
    at.file_uploader(key="upload_file").upload("resultatmål.csv", TARGETS, "text/csv").run()
    assert not at.exception
    read = at.dataframe[0].value.set_index("")[" "]
    assert (read["Innhold"], read["Tegnsett"]) == ("Resultatmål", "CP1252")
    shown = metrics_by_label(at)
    assert (shown["Nye"], shown["Endret"], shown["Avvist"]) == ("3", "1", "0")
    scope = at.radio(key="upload_scope_0_Podkast")
    assert scope.value == "external"  # the default
    scope.set_value("internal").run()
    added = at.dataframe[1].value
    assert "his-g2 «Vise konkret samfunnsverdi»" in added["Mål"].tolist()
    at.button(key="upload_commit").click().run()
    assert not at.exception
    assert any("Lagret som opplasting nr. 2" in s.value for s in at.success)
    db = state.database()
    assert db.scalar("SELECT scope FROM channel WHERE name = 'Podkast'") == "internal"
    assert db.scalar("SELECT direction FROM goal_kpi WHERE goal_id = 'his-g5'") == "down"

    again = run_page("pages/last_opp.py", role="secretariat")
    again.file_uploader(key="upload_file").upload("resultatmål.csv", TARGETS, "text/csv").run()
    assert metrics_by_label(again)["Uendret"] == "4"
    assert any("Uendret" in i.value for i in again.info)


@pytest.mark.parametrize(
    ("scopes", "expected"),
    [
        ({}, "external"),  # the default
        ({"Podkast": "internal"}, "internal"),  # the choice in the preview
        ({"podkast": "internal"}, "internal"),  # names match as the channels do
        ({"Podkast": "intern"}, "external"),  # only the stored words are taken
    ],
)
def test_a_figures_upload_creates_its_new_channel_with_the_chosen_scope(demo_db, scopes, expected):
    data = "dato;kanal;måltall;verdi\n01.10.2026;Podkast;følgere;120\n".encode()
    result = preview(demo_db, Upload(data, "f.csv", "his-2025", today=TODAY))
    assert result.kind == "metrics" and result.new["channels"] == ["Podkast"]
    commit(demo_db, Upload(data, "f.csv", "his-2025", today=TODAY, scopes=scopes), by="s")
    assert demo_db.scalar("SELECT scope FROM channel WHERE name = 'Podkast'") == expected


def test_the_upload_page_names_the_measure_beside_its_id_in_problems_and_rows(demo_env):
    from dashboard.ui import state
    from tests.helpers import run_page

    data = (
        "tiltak_id;dato;status;fremdrift\n"
        "his-t05;20.11.2026;lilla;50\n"
        "his-t13;21.11.2026;gul;60;;forskjøvet\n"
    ).encode("cp1252")
    at = run_page("pages/last_opp.py", role="secretariat")
    at.file_uploader(key="upload_file").upload("status.csv", data, "text/csv").run()
    assert not at.exception
    titles = dict(
        state.database()
        .sql("SELECT id, title FROM measure WHERE id IN ('his-t05', 'his-t13')")
        .values.tolist()
    )
    problems = at.dataframe[1].value
    assert problems[["Linje", "Tiltak", "Kolonne"]].values.tolist() == [
        [2, f"his-t05 «{titles['his-t05']}»", "status"],
        [3, f"his-t13 «{titles['his-t13']}»", "kolonne F (uten overskrift)"],
    ]
    assert problems["Verdi"].tolist() == ["lilla", "forskjøvet"]
