"""Edits on the pages: preview, problems, saving as one batch, and undo restoring it all."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import edits, queries
from dashboard.auth import set_role
from dashboard.i18n import message
from dashboard.inert import plain
from dashboard.ingest.batches import undo
from dashboard.ui import state
from tests.helpers import run_page

PLAN = "his-2025"
#: Every table an edit may touch, compared whole (every column) before and after undo.
TABLES = (
    "goal",
    "goal_kpi",
    "measure",
    "measure_channel",
    "measure_audience",
    "owner",
    "channel",
    "audience",
    "status_update",
)


def snapshot(db) -> dict[str, pd.DataFrame]:
    # Table names come from the literal tuple above.
    return {t: db.sql(f"SELECT * FROM {t} ORDER BY ALL") for t in TABLES}


def assert_same(before: dict[str, pd.DataFrame], after: dict[str, pd.DataFrame]) -> None:
    for table in TABLES:
        pd.testing.assert_frame_equal(before[table], after[table], obj=table)


def new_row(frame: pd.DataFrame, **values) -> pd.DataFrame:
    row = dict.fromkeys(frame.columns) | values
    return pd.concat([frame, pd.DataFrame([row])], ignore_index=True)


def edit_of(db, table: str, change, goal_id: str | None = None):
    before = edits.shown(db, table, PLAN, goal_id)
    after = change(before.copy())
    return before, after, edits.preview(db, table, before, after, plan_id=PLAN)


def _set(row: int, column: str, value):
    def change(frame):
        frame[column] = frame[column].astype(object)  # a cell may hold what the user typed
        frame.at[row, column] = value
        return frame

    return change


def _drop(row: int):
    return lambda frame: frame.drop(index=row)


# Preview: counts and field-by-field changes ------------------------------------

PREVIEW_CASES = [
    # table, goal, change, (added, changed, removed), [(id, column, old, new)]
    (
        "measures",
        "his-g1",
        _set(0, "owner", "FoUI-leder"),
        (0, 1, 0),
        [("his-t01", "owner", "Kommunikasjonsansvarlig", "FoUI-leder")],
    ),
    (
        "measures",
        "his-g1",
        _set(1, "due_date", dt.date(2027, 3, 31)),
        (0, 1, 0),
        [("his-t02", "due_date", dt.date(2026, 12, 31), dt.date(2027, 3, 31))],
    ),
    (
        "measures",
        "his-g1",
        _set(2, "weight", 3),
        (0, 1, 0),
        [("his-t03", "weight", 2.0, 3.0)],
    ),
    (
        "measures",
        "his-g1",
        _set(1, "channels", ["Nettside"]),
        (0, 1, 0),
        [("his-t02", "channels", ["Faglige tidsskrift", "Foredrag", "Nettside"], ["Nettside"])],
    ),
    (
        "measures",
        "his-g1",
        lambda f: new_row(f, title="Nytt tiltak", goal="Tydeligere profil", weight=1.0),
        (1, 0, 0),
        [],
    ),
    ("measures", "his-g1", _drop(2), (0, 0, 1), []),
    (
        "goals",
        None,
        _set(0, "title", "Tydelig profil"),
        (0, 1, 0),
        [("his-g1", "title", "Tydeligere profil", "Tydelig profil")],
    ),
    (
        "owners",
        None,
        _set(0, "email", "leder@example.org"),
        (0, 1, 0),
        [("his-administrerende-direktor", "email", None, "leder@example.org")],
    ),
    (
        "channels",
        None,
        _set(1, "scope", "internal"),
        (0, 1, 0),
        [("his-e-post", "scope", "external", "internal")],
    ),
    (
        "targets",
        "his-g1",
        _set(0, "target", 65000),
        (0, 1, 0),
        [("his-g1|his-nettside|visitors|2025-01-01", "target", 60000.0, 65000.0)],
    ),
    (
        "targets",
        "his-g1",
        _set(0, "direction", "ned"),
        (0, 1, 0),
        [("his-g1|his-nettside|visitors|2025-01-01", "direction", "up", "down")],
    ),
    ("measures", "his-g1", lambda f: f, (0, 0, 0), []),
]


@pytest.mark.parametrize(("table", "goal", "change", "counts", "diffs"), PREVIEW_CASES)
def test_preview_counts_and_field_changes(demo_db, table, goal, change, counts, diffs):
    _, _, preview = edit_of(demo_db, table, change, goal)
    assert not preview.problems
    assert (len(preview.added), len(preview.changed), len(preview.removed)) == counts
    found = [(e.id, c.column, c.old, c.new) for e in preview.changed for c in e.changes]
    assert found == diffs


# Problems: every one at once, with the row as shown and the column -------------

PROBLEM_CASES = [
    # table, goal, change, [(row, column, code)]
    ("measures", "his-g1", _set(0, "title", "  "), [(1, "title", "empty")]),
    ("measures", "his-g1", _set(1, "goal", "Finnes ikke"), [(2, "goal", "unknown_goal")]),
    (
        "measures",
        "his-g1",
        _set(0, "start_date", dt.date(2026, 1, 1)),  # due 31.10.2025
        [(1, "due_date", "due_before_start")],
    ),
    ("measures", "his-g1", _set(2, "weight", -1), [(3, "weight", "negative_weight")]),
    ("measures", "his-g1", _set(2, "weight", "mye"), [(3, "weight", "not_a_number")]),
    ("owners", None, _set(1, "email", "ikke en adresse"), [(2, "email", "bad_email")]),
    ("owners", None, _set(1, "name", "styret"), [(5, "name", "duplicate")]),
    ("channels", None, _set(0, "name", None), [(1, "name", "empty")]),
    ("goals", None, _set(1, "title", "Tydeligere profil"), [(2, "title", "duplicate")]),
    ("targets", "his-g1", _set(0, "target", "mange"), [(1, "target", "not_a_number")]),
    (
        "targets",
        "his-g1",
        _set(1, "period_end", dt.date(2025, 6, 30)),  # starts 01.01.2026
        [(2, "period_end", "period_reversed")],
    ),
    ("targets", "his-g1", _set(0, "channel", "Faksimile"), [(1, "channel", "unknown_channel")]),
    ("targets", "his-g1", _set(1, "channel", None), [(2, "channel", "empty")]),
    ("targets", "his-g1", _set(1, "direction", "sidelengs"), [(2, "direction", "bad_direction")]),
    # Several at once, in row order:
    (
        "measures",
        "his-g1",
        lambda f: _set(2, "weight", -2)(_set(0, "title", "")(f)),
        [(1, "title", "empty"), (3, "weight", "negative_weight")],
    ),
    # Removing what is in use:
    ("goals", None, _drop(0), [(1, "title", "in_use_goals")]),
    ("owners", None, _drop(4), [(5, "name", "in_use_owners")]),
    ("channels", None, _drop(1), [(2, "name", "in_use_channels")]),
]


@pytest.mark.parametrize(("table", "goal", "change", "expected"), PROBLEM_CASES)
def test_every_problem_is_reported_with_row_and_column(demo_db, table, goal, change, expected):
    _, _, preview = edit_of(demo_db, table, change, goal)
    assert [(p.row, p.column, p.code) for p in preview.problems] == expected
    assert not preview.ok
    for problem in preview.problems:
        for lang, word in (("nb", "Rad"), ("en", "Row")):
            column = message(f"edit.col.{problem.column}", lang)
            assert problem.text(lang).startswith(f"{word} {problem.row}, {column}: ")


def test_an_owner_in_use_says_which_measures_use_it(demo_db):
    owners = edits.shown(demo_db, "owners", PLAN)
    row = owners.index[owners["name"] == "Alle ansatte"][0]
    _, _, preview = edit_of(demo_db, "owners", _drop(row))
    (problem,) = preview.problems
    text = problem.text("nb")
    titles = demo_db.sql(
        "SELECT title FROM measure WHERE owner_id = 'his-alle-ansatte' ORDER BY title"
    )["title"].tolist()
    assert titles and f"for {len(titles)} tiltak" in text
    assert all(f"«{title}»" in text for title in titles)
    assert problem.row == row + 1


def test_a_goal_with_measures_says_what_to_do(demo_db):
    _, _, preview = edit_of(demo_db, "goals", _drop(6))
    text = preview.problems[0].text("nb")
    assert "kan ikke fjernes" in text and "Flytt tiltakene" in text
    assert "Involvere ansatte" in text


# Saving and undoing ---------------------------------------------------------------


def test_save_writes_one_batch_with_who_and_undo_restores_every_value(demo_db):
    db = demo_db
    before_tables = snapshot(db)

    def change(frame):
        frame.at[0, "owner"] = "FoUI-leder"
        frame.at[1, "title"] = "Forklare samhandlingsmodellen"
        frame.at[1, "channels"] = ["Nettside", "Podkast"]  # Podkast is new
        frame.at[2, "due_date"] = dt.date(2026, 6, 30)
        return new_row(frame, title="Nytt tiltak", goal="Tydeligere profil", owner="Ny rolle")

    _, _, preview = edit_of(db, "measures", change, "his-g1")
    assert preview.ok
    assert preview.new_names == {"owner": ["Ny rolle"], "channel": ["Podkast"], "audience": []}
    batches = db.scalar("SELECT count(*) FROM import_batch")
    preview.context = "Mål: Tydeligere profil"
    batch = edits.commit_edit(db, preview, by="sekretariatet")

    assert db.scalar("SELECT count(*) FROM import_batch") == batches + 1
    row = db.sql("SELECT * FROM import_batch WHERE id = $b", {"b": batch}).iloc[0]
    assert (row["kind"], row["created_by"], row["state"]) == (
        "edit_measures",
        "sekretariatet",
        "committed",
    )
    assert row["file_name"] == "Redigering: tiltak (Mål: Tydeligere profil)"
    assert (row["rows_added"], row["rows_changed"]) == (1, 3)
    after = db.sql(
        "SELECT m.id, o.name AS owner, m.title, m.due_date, m.import_batch_id FROM measure m "
        "LEFT JOIN owner o ON o.id = m.owner_id WHERE m.goal_id = 'his-g1' ORDER BY m.sort_order"
    )
    assert after["owner"].tolist() == [
        "FoUI-leder",
        "FoUI-leder",
        "Administrerende direktør",
        "Ny rolle",
    ]
    assert after["title"].tolist()[1] == "Forklare samhandlingsmodellen"
    assert after["due_date"].tolist()[2] == pd.Timestamp("2026-06-30")
    assert set(after["import_batch_id"]) == {batch}
    channels = db.sql(
        "SELECT c.name FROM measure_channel mc JOIN channel c ON c.id = mc.channel_id "
        "WHERE mc.measure_id = 'his-t02' ORDER BY 1"
    )["name"].tolist()
    assert channels == ["Nettside", "Podkast"]

    undo(db, batch, by="sekretariatet")
    assert_same(before_tables, snapshot(db))


@pytest.mark.parametrize(
    ("table", "goal", "change"),
    [
        ("goals", None, _set(2, "description", "Ny beskrivelse")),
        ("goals", None, lambda f: new_row(f, title="Nytt mål", sort_order=8)),
        ("owners", None, _set(0, "name", "Daglig leder")),
        ("owners", None, lambda f: new_row(f, name="Webredaktør", email="web@example.org")),
        ("channels", None, _set(1, "scope", "internal")),
        ("audiences", None, _set(0, "name", "Medarbeidere")),
        ("targets", "his-g1", _set(0, "target", 70000)),
        ("targets", "his-g1", _set(0, "direction", "down")),
        ("targets", "his-g1", _set(1, "period_start", dt.date(2026, 2, 1))),  # its key
        ("targets", "his-g1", _drop(0)),
        ("measures", "his-g7", _drop(4)),  # his-t19 has no history: deleted
        ("measures", "his-g7", _drop(0)),  # his-t15 has history: archived
    ],
)
def test_undo_restores_the_tables_exactly(demo_db, table, goal, change):
    db = demo_db
    before_tables = snapshot(db)
    _, _, preview = edit_of(db, table, change, goal)
    assert preview.ok and not preview.empty
    batch = edits.commit_edit(db, preview, by="sekretariatet")
    changed = [t for t in TABLES if not snapshot(db)[t].equals(before_tables[t])]
    assert changed, "the edit changed nothing"
    undo(db, batch, by="sekretariatet")
    assert_same(before_tables, snapshot(db))


def test_a_removed_goal_without_measures_comes_back_with_its_targets(demo_db):
    db = demo_db
    # A goal of its own, with a target and no measures.
    _, _, preview = edit_of(db, "goals", lambda f: new_row(f, title="Kortvarig mål"))
    edits.commit_edit(db, preview, by="sek")
    goal_id = db.scalar("SELECT id FROM goal WHERE title = 'Kortvarig mål'")
    targets = edits.shown(db, "targets", PLAN, goal_id)
    target_row = {
        "goal": "Kortvarig mål",
        "channel": "Nettside",
        "metric": "visitors",
        "period_start": dt.date(2025, 1, 1),
        "period_end": dt.date(2025, 12, 31),
        "target": 100,
    }
    preview = edits.preview(db, "targets", targets, new_row(targets, **target_row), plan_id=PLAN)
    edits.commit_edit(db, preview, by="sek")
    before_tables = snapshot(db)

    goals = edits.shown(db, "goals", PLAN)
    row = goals.index[goals["id"] == goal_id][0]
    _, _, preview = edit_of(db, "goals", _drop(row))
    assert preview.ok, [p.code for p in preview.problems]
    batch = edits.commit_edit(db, preview, by="sek")
    assert db.scalar("SELECT count(*) FROM goal_kpi WHERE goal_id = $g", {"g": goal_id}) == 0
    undo(db, batch, by="sek")
    assert_same(before_tables, snapshot(db))


def test_a_measure_with_history_is_archived_and_disappears_from_every_view(demo_db):
    db = demo_db
    filters = queries.Filters(PLAN, dt.date(2025, 1, 1), dt.date(2026, 11, 23))
    states = queries.measure_states(db, filters)
    history = db.sql("SELECT count(*) AS n FROM status_update WHERE measure_id = 'his-t15'")
    assert "his-t15" in set(states["id"]) and history["n"][0] > 0
    plan_count = queries.plans(db).set_index("id").loc[PLAN, "measures"]

    _, _, preview = edit_of(db, "measures", _drop(0), "his-g7")
    (removed,) = preview.removed
    assert (removed.id, removed.archive) == ("his-t15", True)
    batch = edits.commit_edit(db, preview, by="sek")

    row = db.sql("SELECT archived_at, archived_batch FROM measure WHERE id = 'his-t15'").iloc[0]
    assert pd.notna(row["archived_at"]) and row["archived_batch"] == batch
    assert (
        db.scalar("SELECT count(*) FROM status_update WHERE measure_id = 'his-t15'")
        == (history["n"][0])
    )
    assert "his-t15" not in set(queries.measure_states(db, filters)["id"])
    assert "his-t15" not in set(queries.status_history(db, filters)["measure_id"])
    assert "his-t15" not in set(edits.shown(db, "measures", PLAN)["id"])
    assert queries.plans(db).set_index("id").loc[PLAN, "measures"] == plan_count - 1

    undo(db, batch, by="sek")
    assert "his-t15" in set(queries.measure_states(db, filters)["id"])


def test_a_measure_without_history_is_deleted_with_its_links(demo_db):
    db = demo_db
    _, _, preview = edit_of(db, "measures", _drop(4), "his-g7")
    (removed,) = preview.removed
    assert (removed.id, removed.archive) == ("his-t19", False)
    links = db.scalar("SELECT count(*) FROM measure_channel WHERE measure_id = 'his-t19'")
    assert links > 0
    batch = edits.commit_edit(db, preview, by="sek")
    assert db.scalar("SELECT count(*) FROM measure WHERE id = 'his-t19'") == 0
    assert db.scalar("SELECT count(*) FROM measure_channel WHERE measure_id = 'his-t19'") == 0
    undo(db, batch, by="sek")
    assert db.scalar("SELECT count(*) FROM measure_channel WHERE measure_id = 'his-t19'") == links


def test_a_measures_channels_come_back_on_undo(demo_db):
    db = demo_db
    query = (
        "SELECT c.name FROM measure_channel mc JOIN channel c ON c.id = mc.channel_id "
        "WHERE mc.measure_id = 'his-t02' ORDER BY 1"
    )
    channels = db.sql(query)["name"].tolist()
    assert channels == ["Faglige tidsskrift", "Foredrag", "Nettside"]
    _, _, preview = edit_of(db, "measures", _set(1, "channels", ["Media"]), "his-g1")
    batch = edits.commit_edit(db, preview, by="sek")
    assert db.sql(query)["name"].tolist() == ["Media"]
    undo(db, batch, by="sek")
    assert db.sql(query)["name"].tolist() == channels


def test_saving_refuses_problems_nothing_and_rows_changed_meanwhile(demo_db):
    db = demo_db
    _, _, bad = edit_of(db, "measures", _set(0, "title", ""), "his-g1")
    with pytest.raises(edits.EditRefused) as refused:
        edits.commit_edit(db, bad, by="sek")
    assert refused.value.code == "problems"
    _, _, nothing = edit_of(db, "measures", lambda f: f, "his-g1")
    with pytest.raises(edits.EditRefused) as refused:
        edits.commit_edit(db, nothing, by="sek")
    assert refused.value.code == "nothing"

    _, _, first = edit_of(db, "measures", _set(0, "weight", 2), "his-g1")
    _, _, second = edit_of(db, "measures", _set(0, "weight", 3), "his-g1")
    edits.commit_edit(db, first, by="a")
    batches = db.scalar("SELECT count(*) FROM import_batch")
    with pytest.raises(edits.EditRefused) as refused:
        edits.commit_edit(db, second, by="b")
    assert refused.value.code == "stale"
    assert db.scalar("SELECT count(*) FROM import_batch") == batches
    assert db.scalar("SELECT weight FROM measure WHERE id = 'his-t01'") == 2


# The pages ----------------------------------------------------------------------

#: Each page's Rediger sections: (table, goal) and how many rows each shows, in SQL.
EDIT_PAGES = [
    ("pages/oversikt.py", {}, [("goals", None, "SELECT count(*) FROM goal WHERE plan_id = $p")]),
    (
        "pages/mal.py",
        {"goal": "his-g1"},
        [
            ("measures", "his-g1", "SELECT count(*) FROM measure WHERE goal_id = 'his-g1'"),
            ("targets", "his-g1", "SELECT count(*) FROM goal_kpi WHERE goal_id = 'his-g1'"),
        ],
    ),
    (
        "pages/ansvarlige.py",
        {},
        [("owners", None, "SELECT count(*) FROM owner WHERE organisation_id = 'his'")],
    ),
    (
        "pages/kanaler.py",
        {},
        [
            ("channels", None, "SELECT count(*) FROM channel WHERE organisation_id = 'his'"),
            ("audiences", None, "SELECT count(*) FROM audience WHERE organisation_id = 'his'"),
            (
                "targets",
                None,
                "SELECT count(*) FROM goal_kpi k JOIN goal g ON g.id = k.goal_id "
                "WHERE g.plan_id = $p",
            ),
            # every metric Planpuls knows, one row each: 12 channel figures + 4 outcomes
            ("levels", None, "SELECT 16"),
        ],
    ),
]


def open_section(at, table: str, goal: str | None = None, plan: str = PLAN) -> str:
    """Open a Rediger section (it runs its editor only while open); its editor's key prefix."""
    base = f"edit_{table}_{plan}_{goal or 'all'}"
    at.session_state[f"{base}_open"] = True
    return base + "_"


@pytest.mark.parametrize(("page", "query", "sections"), EDIT_PAGES)
def test_a_reader_sees_no_edit_controls(demo_env, page, query, sections):
    for role in (None, "viewer"):
        at = run_page(page, role=role, **query)
        for table, goal, _ in sections:  # even a section opened by hand stays away
            open_section(at, table, goal)
        at.run()
        assert not at.exception
        assert len(at.data_editor) == 0
        assert not [e for e in at.expander if e.label.startswith("Rediger")]
        assert not [b for b in at.button if b.label == "Forhåndsvis endringer"]


@pytest.mark.parametrize(("page", "query", "sections"), EDIT_PAGES)
def test_the_secretariat_edits_what_the_page_shows(demo_env, page, query, sections):
    at = run_page(page, role="secretariat", **query)
    labels = [e.label for e in at.expander if e.label.startswith("Rediger")]
    assert len(labels) == len(sections)
    assert not [e for e in at.data_editor if e.key.startswith("edit_")]  # closed: none run
    prefixes = [open_section(at, table, goal) for table, goal, _ in sections]
    at.run()
    assert not at.exception
    db = state.database()
    for prefix, (_, _, count_sql) in zip(prefixes, sections, strict=True):
        (editor,) = [e for e in at.data_editor if e.key.startswith(prefix)]
        assert len(editor.value) == db.scalar(count_sql, {"p": PLAN} if "$p" in count_sql else {})


def _owner_edit(at):
    open_section(at, "measures", "his-g1")
    at.run()
    editor = next(e for e in at.data_editor if e.key.startswith("edit_measures_"))
    shown = editor.value
    row = int(shown.index[shown["id"] == "his-t01"][0])
    at.session_state[editor.key] = {
        "edited_rows": {row: {"owner": "FoUI-leder"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    return editor.key


def test_the_secretariat_changes_a_measures_owner_on_the_goal_page(demo_env):
    at = run_page("pages/mal.py", role="secretariat", goal="his-g1")
    assert at.dataframe[0].value["Ansvarlig"].tolist()[0] == "Kommunikasjonsansvarlig"
    key = _owner_edit(at)
    at.button(key=f"{key}_preview").click().run()
    assert not at.exception
    changes = next(d.value for d in at.dataframe if "Før" in d.value.columns)
    assert changes[["Felt", "Før", "Etter"]].values.tolist() == [
        ["Ansvarlig", "Kommunikasjonsansvarlig", "FoUI-leder"]
    ]
    at.button(key=f"{key}_save").click().run()
    assert not at.exception
    db = state.database()
    batch = db.scalar("SELECT max(id) FROM import_batch")
    assert [s.value for s in at.success] == [
        f"Lagret som endring nr. {batch} — kan angres i Importhistorikk."
    ]
    assert db.scalar("SELECT created_by FROM import_batch WHERE id = $b", {"b": batch}) == (
        "test-secretariat"
    )
    # The page shows the new owner, and the editor starts again from the data.
    assert at.dataframe[0].value["Ansvarlig"].tolist()[0] == "FoUI-leder"
    editor = next(e for e in at.data_editor if e.key.startswith("edit_measures_"))
    assert editor.value.loc[editor.value["id"] == "his-t01", "owner"].tolist() == ["FoUI-leder"]

    # Importhistorikk lists it under its own kind, and undoing it puts the owner back.
    at.switch_page("pages/importhistorikk.py").run()
    first = at.dataframe[0].value.iloc[0]
    assert first["Nr."] == batch
    assert first["Fil"] == "Redigering: tiltak (Mål: Tydeligere profil)"
    assert first["Innhold"] == "Redigering: tiltak"
    undo(db, batch, by="test")
    assert db.scalar("SELECT owner_id FROM measure WHERE id = 'his-t01'") == (
        "his-kommunikasjonsansvarlig"
    )


def test_the_role_is_checked_again_when_saving(demo_env):
    at = run_page("pages/mal.py", role="secretariat", goal="his-g1")
    key = _owner_edit(at)
    at.button(key=f"{key}_preview").click().run()
    save = at.button(key=f"{key}_save")
    db = state.database()
    batches = db.scalar("SELECT count(*) FROM import_batch")
    set_role(db, "test-secretariat", "viewer", by="test")  # demoted meanwhile
    save.click().run()
    assert not at.exception
    assert db.scalar("SELECT count(*) FROM import_batch") == batches
    assert db.scalar("SELECT owner_id FROM measure WHERE id = 'his-t01'") == (
        "his-kommunikasjonsansvarlig"
    )
    assert len(at.data_editor) == 0


def test_a_plan_switch_does_not_carry_edits_over(demo_env):
    at = run_page("pages/ansvarlige.py", role="secretariat")
    open_section(at, "owners")
    at.run()
    editor = next(e for e in at.data_editor if e.key.startswith("edit_owners_"))
    assert PLAN in editor.key
    at.session_state[editor.key] = {"edited_rows": {0: {"name": "X"}}, "added_rows": [],
                                    "deleted_rows": []}  # fmt: skip
    at.run()
    open_section(at, "owners", plan="tynset-2025")
    at.selectbox(key="filter_plan").set_value("tynset-2025").run()
    assert not at.exception
    (tynset,) = [e for e in at.data_editor if e.key.startswith("edit_owners_")]
    assert tynset.key != editor.key and "tynset-2025" in tynset.key
    assert "X" not in tynset.value["name"].tolist()


def test_a_target_moved_onto_another_goals_key_is_refused_whole(demo_db):
    db = demo_db
    other = db.sql(
        "SELECT g.title AS goal, c.name AS channel, k.metric, k.period_start, k.period_end "
        "FROM goal_kpi k JOIN goal g ON g.id = k.goal_id JOIN channel c ON c.id = k.channel_id "
        "WHERE k.goal_id = 'his-g2' ORDER BY k.period_start LIMIT 1"
    ).iloc[0]
    before_tables = snapshot(db)
    batches = db.scalar("SELECT count(*) FROM import_batch")

    def change(frame):
        for column in ("goal", "channel", "metric", "period_start", "period_end"):
            frame = _set(0, column, other[column])(frame)
        return frame

    _, _, preview = edit_of(db, "targets", change, "his-g1")
    assert preview.ok  # the table of his-g1 alone cannot see the clash
    with pytest.raises(edits.EditRefused) as refused:
        edits.commit_edit(db, preview, by="sek")
    assert refused.value.code == "conflict"
    assert db.scalar("SELECT count(*) FROM import_batch") == batches
    assert_same(before_tables, snapshot(db))


def test_in_english_the_editor_and_its_problems_speak_english(demo_env):
    at = run_page("pages/ansvarlige.py", role="secretariat", lang="en")
    assert "Edit owners" in [e.label for e in at.expander]
    open_section(at, "owners")
    at.run()
    editor = next(e for e in at.data_editor if e.key.startswith("edit_owners_"))
    at.session_state[editor.key] = {
        "edited_rows": {1: {"email": "not an address"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key=f"{editor.key}_preview").click().run()
    assert not at.exception
    (error,) = [plain(e.value) for e in at.error]  # as read: Markdown escapes taken out
    assert "Row 2, E-mail: is not an e-mail address" in error
    assert not [b for b in at.button if b.label == "Save as one change"]


# Uploads meet archived measures -------------------------------------------------


def test_uploads_for_an_archived_measure_are_refused_with_what_to_do(demo_db):
    from dashboard.ingest.pipeline import Upload, preview

    db = demo_db
    before = edits.shown(db, "measures", PLAN, "his-g7")
    archived = before.iloc[0]["id"]  # his-t15 has history: archived, not deleted
    _, _, edit = edit_of(db, "measures", _drop(0), "his-g7")
    batch = edits.commit_edit(db, edit, by="sekretariatet")
    assert db.scalar("SELECT archived_at IS NOT NULL FROM measure WHERE id = $i", {"i": archived})

    status = f"tiltak_id;dato;status;fremdrift\n{archived};20.11.2026;På sporet;50\n"
    result = preview(db, Upload(status.encode(), "status.csv", PLAN, today=dt.date(2026, 11, 23)))
    assert [(p.line, p.column, p.code) for p in result.problems] == [
        (2, "tiltak_id", "measure_archived")
    ]
    assert "Angre endringen" in message("problem.measure_archived", "nb")

    measures = f"tiltak_id;mål_id;tittel\n{archived};his-g7;Tilbake igjen\n"
    result = preview(db, Upload(measures.encode(), "tiltak.csv", PLAN, today=dt.date(2026, 11, 23)))
    assert ("tiltak_id", "measure_archived") in [(p.column, p.code) for p in result.problems]

    undo(db, batch, by="sekretariatet")  # brought back: its status can be reported again
    result = preview(db, Upload(status.encode(), "status.csv", PLAN, today=dt.date(2026, 11, 23)))
    assert result.ok and result.counts["added"] == 1
