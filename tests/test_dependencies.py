"""Dependencies between measures (issue 14, item 5).

A measure may wait on others of its plan: the measures file's depends_on column
(``avhenger_av``) and the measures editor write them; unknown ids, a measure waiting on
itself, one of another plan and rings are refused with their line and column; a measure
waiting (directly or along a chain) on a late one shows "Venter på …" on Mål, whose chain
is drawn as a graph.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import board, cards, dependencies, edits, exports, meetings, queries, tables
from dashboard.i18n import Translator, message
from dashboard.ingest import report, templates
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, UploadRefused, commit, preview
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import plain, run_page

NB = Translator("nb")
PLAN = "tynset-2025"
HEADER = "tiltak_id;mål_id;tittel;avhenger_av\n"


def upload(rows: str, plan: str = PLAN) -> Upload:
    return Upload((HEADER + rows).encode(), "tiltak.csv", plan, today=TODAY)


def stored(db, like: str = "%") -> list[tuple[str, str]]:
    rows = db.sql(
        "SELECT measure_id, depends_on FROM measure_dependency WHERE measure_id LIKE $l "
        "ORDER BY 1, 2",
        {"l": like},
    )
    return list(rows.itertuples(index=False, name=None))


# The rules, as tables ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("edges", "cycles"),
    [
        ([("a", "b"), ("b", "c")], []),
        ([("a", "a")], [["a", "a"]]),
        ([("a", "b"), ("b", "a")], [["a", "b", "a"]]),
        ([("t03", "t05"), ("t05", "t07"), ("t07", "t03")], [["t03", "t05", "t07", "t03"]]),
        # the ring starts at its smallest id, whichever edge came first
        ([("t07", "t03"), ("t05", "t07"), ("t03", "t05")], [["t03", "t05", "t07", "t03"]]),
        # two rings, and a measure outside them waiting on one
        (
            [("a", "b"), ("b", "a"), ("x", "y"), ("y", "x"), ("z", "x")],
            [["a", "b", "a"], ["x", "y", "x"]],
        ),
        # a ring of four with a shortcut: the shortest way round is named
        ([("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("b", "d")], [["a", "b", "d", "a"]]),
    ],
)
def test_cycles_are_found_and_named(edges, cycles):
    assert dependencies.find_cycles(edges) == cycles
    assert [dependencies.cycle_text(c) for c in cycles] == [" → ".join(c) for c in cycles]


@pytest.mark.parametrize(
    ("edges", "late", "waiting"),
    [
        ([("t2", "t1")], {"t1"}, {"t2": ["t1"]}),
        ([("t2", "t1")], set(), {}),
        # along a chain: t3 waits on t2, which waits on the late t1
        ([("t3", "t2"), ("t2", "t1")], {"t1"}, {"t2": ["t1"], "t3": ["t1"]}),
        # nearest first when two on the chain are late
        ([("t3", "t2"), ("t2", "t1")], {"t1", "t2"}, {"t2": ["t1"], "t3": ["t2", "t1"]}),
        # two branches; a late measure waiting on nothing late waits for nothing
        (
            [("t4", "t2"), ("t4", "t3"), ("t3", "t1")],
            {"t1", "t2"},
            {"t3": ["t1"], "t4": ["t2", "t1"]},
        ),
    ],
)
def test_waiting_follows_the_chain_to_late_measures(edges, late, waiting):
    assert dependencies.waiting_for(edges, late) == waiting


def test_a_done_measure_waits_for_nothing_and_the_card_says_what_one_waits_for():
    states = pd.DataFrame(
        {
            "id": ["t1", "t2", "t3"],
            "reported_status": ["delayed", "on_track", "done"],
        }
    )
    deps = pd.DataFrame(
        {
            "measure_id": ["t2", "t3"],
            "depends_on": ["t1", "t1"],
            "depends_title": ["Nettsider", "Nettsider"],
            "late": [True, True],
        }
    )
    out = dependencies.add_waiting(states, deps)
    assert out["waiting_for"].tolist() == ["", "t1 «Nettsider»", ""]


# The upload -------------------------------------------------------------------------

CHAIN = (
    "tynset-t30;tynset-g2;Første steg;\n"
    "tynset-t31;tynset-g2;Andre steg;tynset-t30\n"
    "tynset-t32;tynset-g2;Tredje steg;tynset-t31 | tynset-t12\n"
)


def test_an_upload_writes_dependencies_again_is_unchanged_and_undo_removes_them(demo_db):
    before = stored(demo_db)
    done = commit(demo_db, upload(CHAIN), by="Sekretariatet")
    assert done.batch_id is not None and done.preview.counts["added"] == 3
    assert stored(demo_db, "tynset-t3%") == [
        ("tynset-t31", "tynset-t30"),
        ("tynset-t32", "tynset-t12"),
        ("tynset-t32", "tynset-t31"),
    ]
    # the same file again: nothing to do ("Uendret"), no batch
    again = preview(demo_db, upload(CHAIN))
    assert again.counts == {"added": 0, "changed": 0, "unchanged": 3, "rejected": 0}
    assert commit(demo_db, upload(CHAIN), by="Sekretariatet").batch_id is None
    undo(demo_db, done.batch_id, by="Sekretariatet")
    assert stored(demo_db) == before


def test_changed_dependencies_are_undone_to_what_they_were(demo_db):
    # the demo's tynset-t13 waits on tynset-t12; the file says tynset-t08 instead
    assert stored(demo_db, "tynset-t13") == [("tynset-t13", "tynset-t12")]
    meeting = meetings.find(demo_db, PLAN, "Ledermøte 3/2026")

    def meeting_waits() -> dict[str, str]:
        states = board.for_meeting(demo_db, meeting).states
        return {m: w for m, w in zip(states["id"], states["waiting_for"], strict=True) if w}

    seen = meeting_waits()
    assert seen == {"tynset-t13": "tynset-t12 «Helhetlig meldesystem med toveis "
                    "kommunikasjon med brukerne»"}  # fmt: skip
    title = demo_db.scalar("SELECT title FROM measure WHERE id = 'tynset-t13'")
    done = commit(demo_db, upload(f"tynset-t13;tynset-g2;{title};tynset-t08\n"), by="x")
    assert done.preview.counts["changed"] == 1
    assert stored(demo_db, "tynset-t13") == [("tynset-t13", "tynset-t08")]
    assert meeting_waits() == seen  # the meeting keeps what its board saw
    # a meeting recorded before snapshots kept it reads the dependencies as they stand
    demo_db.sql("UPDATE meeting_measure SET waiting_for = NULL WHERE meeting_id = $m",
                {"m": meeting.id})  # fmt: skip
    assert "tynset-t12" not in str(meeting_waits())
    undo(demo_db, done.batch_id, by="x")
    assert stored(demo_db, "tynset-t13") == [("tynset-t13", "tynset-t12")]
    assert meeting_waits() == seen


def test_a_file_without_the_column_leaves_the_dependencies_alone(demo_db):
    data = "tiltak_id;mål_id;tittel\ntynset-t13;tynset-g2;Ny tittel\n".encode()
    done = commit(demo_db, Upload(data, "t.csv", PLAN, today=TODAY), by="x")
    assert done.preview.counts["changed"] == 1
    assert demo_db.scalar("SELECT title FROM measure WHERE id = 'tynset-t13'") == "Ny tittel"
    assert stored(demo_db, "tynset-t13") == [("tynset-t13", "tynset-t12")]


@pytest.mark.parametrize(
    ("rows", "line", "value", "code"),
    [
        ("tynset-t30;tynset-g2;A;tynset-t99\n", 2, "tynset-t99", "unknown_dependency"),
        ("tynset-t30;tynset-g2;A;\ntynset-t31;tynset-g2;B;tynset-t30,nope\n", 3, "nope",
         "unknown_dependency"),
        ("tynset-t30;tynset-g2;A;tynset-t30\n", 2, "tynset-t30", "dependency_self"),
        ("tynset-t30;tynset-g2;A;his-t01\n", 2, "his-t01", "dependency_other_plan"),
        # two measures of the file waiting on each other
        ("tynset-t30;tynset-g2;A;tynset-t31\ntynset-t31;tynset-g2;B;tynset-t30\n", 2,
         "tynset-t30 → tynset-t31 → tynset-t30", "dependency_cycle"),
        # three, closed through the stored tynset-t13 → t12 → t08 of the demo
        ("tynset-t08;tynset-g2;Utvikle hjemmesidene;tynset-t13\n", 2,
         "tynset-t08 → tynset-t13 → tynset-t12 → tynset-t08", "dependency_cycle"),
    ],
)  # fmt: skip
def test_bad_dependencies_are_refused_with_line_and_column_and_change_nothing(
    demo_db, rows, line, value, code
):
    before = stored(demo_db)
    measures = demo_db.scalar("SELECT count(*) FROM measure")
    result = preview(demo_db, upload(rows))
    found = [(p.line, p.column, p.value, p.code) for p in result.problems]
    assert found == [(line, "avhenger_av", value, code)]
    shown = report.problems(result, NB)
    expected = (
        message("problem.dependency_cycle", "nb", cycle=value)
        if code == "dependency_cycle"
        else message(f"problem.{code}", "nb")
    )
    assert shown["Hva er galt"].tolist() == [expected]
    assert shown["Kolonne"].tolist() == ["avhenger_av"] and shown["Linje"].tolist() == [line]
    with pytest.raises(UploadRefused):
        commit(demo_db, upload(rows), by="x")
    assert stored(demo_db) == before
    assert demo_db.scalar("SELECT count(*) FROM measure") == measures


# The pages --------------------------------------------------------------------------


def _late(db, measure_id: str, today: dt.date) -> bool:
    """Overdue and not done, computed here from the rows."""
    return bool(
        db.scalar(
            "SELECT m.due_date < $d AND coalesce((SELECT arg_max(status, update_date) "
            "FROM status_update WHERE measure_id = m.id AND update_date <= $d), "
            "'not_started') NOT IN ('done', 'cancelled') FROM measure m WHERE m.id = $m",
            {"m": measure_id, "d": today},
        )
    )


def test_goal_page_shows_the_demo_measure_waiting_for_a_late_one_and_the_chain(demo_env):
    at = run_page("pages/mal.py", plan=PLAN, goal="tynset-g2", to=TODAY.isoformat())
    db = state.database()
    (waiting, waited_on), *_ = db.sql(
        "SELECT measure_id, depends_on FROM measure_dependency WHERE measure_id = 'tynset-t13'"
    ).itertuples(index=False, name=None)
    assert _late(db, waited_on, TODAY)
    title, waited_title = (
        db.scalar("SELECT title FROM measure WHERE id = $m", {"m": m}) for m in (waiting, waited_on)
    )
    measures = at.dataframe[0].value
    shown = dict(zip(measures["Tiltak"], measures["Venter på"], strict=True))
    assert shown[title] == f"{waited_on} «{waited_title}»"
    assert [m for m, w in shown.items() if w] == [title]
    assert at.subheader[1].value == "Avhengigheter"
    (graph,) = at.get("graphviz_chart")
    spec = graph.proto.spec
    assert f'"{waited_on}" -> "{waiting}"' in spec
    assert "⚠ Forfalt" in spec


def test_a_measure_of_another_goal_waiting_on_this_one_is_named_by_its_title(demo_env):
    import duckdb

    with duckdb.connect(str(demo_env)) as con:  # tynset-t01 (goal 1) waits on t12 (goal 2)
        con.execute(
            "INSERT INTO measure_dependency (measure_id, depends_on) "
            "VALUES ('tynset-t01', 'tynset-t12')"
        )
    at = run_page("pages/mal.py", plan=PLAN, goal="tynset-g2", to=TODAY.isoformat())
    (graph,) = at.get("graphviz_chart")
    spec = graph.proto.spec
    assert '"tynset-t12" -> "tynset-t01"' in spec
    # the other goal's measure, dashed, with its title (it showed its id twice)
    node = next(line for line in spec.splitlines() if line.startswith('"tynset-t01" ['))
    assert 'label="tynset-t01\\nIntroduksjonsprogram for' in node and "dashed" in node
    (text,) = [e for e in at.expander if e.label == "Som tekst"]
    assert "tynset-t01 «Introduksjonsprogram for nyansatte to ganger i året»" in plain(
        text.markdown[0].value
    )


def test_cards_and_the_owners_table_say_who_waits(demo_db):
    plan = queries.plans(demo_db).set_index("id").loc[PLAN]
    start, _end, _today = queries.plan_bounds(plan, TODAY)
    states = queries.measure_states(demo_db, queries.Filters(PLAN, start, TODAY))
    waiting = states[states["waiting_for"] != ""]
    assert waiting["id"].tolist() == ["tynset-t13"]
    html = cards.measure_cards(waiting, NB)
    assert "Venter på tynset-t12 «Helhetlig meldesystem" in html
    workload = queries.owner_workload(states, TODAY)
    owner = waiting["owner"].iloc[0]
    assert workload.set_index("owner")["waiting"].to_dict()[owner] == 1
    assert workload["waiting"].sum() == 1
    shown = tables.workload(workload, NB, (30,))
    assert "Venter på forfalt tiltak" in shown.columns


# The measures editor on Mål ---------------------------------------------------------


def _edited(db, goal: str, **waits: list[str]):
    """The goal's measures as the editor shows them, and with new lists of what waits."""
    before = edits.shown(db, "measures", PLAN, goal)
    after = before.copy()
    after["depends_on"] = [waits.get(i.replace("-", "_"), d) for i, d in
                           zip(after["id"], after["depends_on"], strict=True)]  # fmt: skip
    return before, after


def test_the_editor_shows_saves_and_undoes_dependencies(demo_db):
    before, after = _edited(demo_db, "tynset-g2", tynset_t11=["tynset-t08", "tynset-t09"])
    assert dict(zip(before["id"], before["depends_on"], strict=True))["tynset-t13"] == [
        "tynset-t12"
    ]
    result = edits.preview(demo_db, "measures", before, after, plan_id=PLAN)
    assert result.ok and [e.id for e in result.changed] == ["tynset-t11"]
    assert result.changed[0].changes == (
        edits.FieldChange("depends_on", ["tynset-t08"], ["tynset-t08", "tynset-t09"]),
    )
    batch = edits.commit_edit(demo_db, result, by="sek")
    assert stored(demo_db, "tynset-t11") == [
        ("tynset-t11", "tynset-t08"),
        ("tynset-t11", "tynset-t09"),
    ]
    undo(demo_db, batch, by="sek")
    assert stored(demo_db, "tynset-t11") == [("tynset-t11", "tynset-t08")]


@pytest.mark.parametrize(
    ("waits", "code", "params"),
    [
        ({"tynset_t11": ["tynset-t77"]}, "unknown_dependency", {"id": "tynset-t77"}),
        ({"tynset_t11": ["tynset-t11"]}, "dependency_self", {"id": "tynset-t11"}),
        ({"tynset_t11": ["his-t01"]}, "dependency_other_plan", {"id": "his-t01"}),
        # a 2-ring inside the table: t08 → t12 → t08 (the demo's t12 waits on t08)
        ({"tynset_t08": ["tynset-t12"]}, "dependency_cycle",
         {"cycle": "tynset-t08 → tynset-t12 → tynset-t08"}),
        # a 3-ring: t08 → t13 → t12 → t08
        ({"tynset_t08": ["tynset-t13"]}, "dependency_cycle",
         {"cycle": "tynset-t08 → tynset-t13 → tynset-t12 → tynset-t08"}),
    ],
)  # fmt: skip
def test_the_editor_refuses_bad_dependencies_with_row_and_column(demo_db, waits, code, params):
    before, after = _edited(demo_db, "tynset-g2", **waits)
    edited = next(iter(waits)).replace("_", "-")
    row = after["id"].tolist().index(edited) + 1
    result = edits.preview(demo_db, "measures", before, after, plan_id=PLAN)
    assert result.problems == [edits.Problem(row, "depends_on", code, params)]
    what = message(f"edit.problem.{code}", "nb", **params)
    assert result.problems[0].text("nb") == message(
        "edit.problem.at_cell", "nb", row=row, column="Avhenger av", what=what
    )
    snapshot = stored(demo_db)
    with pytest.raises(edits.EditRefused):
        edits.commit_edit(demo_db, result, by="sek")
    assert stored(demo_db) == snapshot


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_measures_template_holds_the_dependencies_and_comes_back_unchanged(demo_db, lang):
    frame = templates.template(demo_db, "measures", PLAN, TODAY, lang)
    column = templates.HEADERS["measures"][lang][-1]
    assert column == {"nb": "avhenger_av", "nn": "avheng_av", "en": "depends_on"}[lang]
    shown = frame.set_index(frame.columns[0])[column].to_dict()
    assert shown["tynset-t13"] == "tynset-t12"
    assert {k for k, v in shown.items() if v} == {m for m, _d in stored(demo_db, "tynset-%")}
    for data, name in ((exports.to_csv(frame), "t.csv"), (exports.to_xlsx(frame), "t.xlsx")):
        result = preview(demo_db, Upload(data, name, PLAN, today=TODAY))
        assert result.kind == "measures" and result.problems == []
        assert result.counts["unchanged"] == len(frame) and result.counts["changed"] == 0


def test_a_measure_others_wait_on_cannot_be_deleted_in_the_editor(demo_db):
    rows = "tynset-t30;tynset-g2;Første steg;\ntynset-t31;tynset-g1;Andre steg;tynset-t30\n"
    commit(demo_db, upload(rows), by="sek")
    before = edits.shown(demo_db, "measures", PLAN, "tynset-g2")
    after = before[before["id"] != "tynset-t30"]
    row = before["id"].tolist().index("tynset-t30") + 1
    result = edits.preview(demo_db, "measures", before, after, plan_id=PLAN)
    assert result.problems == [
        edits.Problem(row, "title", "in_use_dependency", {"uses": "tynset-t31"})
    ]
