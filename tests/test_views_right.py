"""Views never show wrong figures: a plan switch, a recorded meeting, owners without an
e-mail address, the role shown for a user, undoing a large batch (issue 8, item 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import queries
from dashboard.i18n import Translator
from dashboard.inert import plain
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import OVERDUE_SQL, metrics_by_label, run_page, texts

HO21_END = dt.date(2021, 12, 31)


def _status_dates(at) -> list[str]:
    return [line for line in texts(at).splitlines() if "Status per" in line]


def test_switching_plan_in_the_sidebar_shows_the_new_plans_period_and_figures(module_demo_env):
    at = run_page()
    assert _status_dates(at) and f"Status per {TODAY:%d.%m.%Y}" in _status_dates(at)[0]
    at.selectbox(key="filter_plan").set_value("ho21-2020").run()
    assert not at.exception
    db = state.database()
    overdue = db.sql(OVERDUE_SQL, {"d": HO21_END, "p": "ho21-2020"})["id"].tolist()
    assert f"Status per {HO21_END:%d.%m.%Y}" in _status_dates(at)[0]
    assert metrics_by_label(at)["Forfalt"] == str(len(overdue))
    assert not at.sidebar.warning, [w.value for w in at.sidebar.warning]
    # The address follows: the same as a fresh link to the plan.
    assert dict(at.query_params) == {"plan": ["ho21-2020"]} or dict(at.query_params) == {
        "plan": "ho21-2020"
    }
    fresh = run_page(plan="ho21-2020")
    assert _status_dates(fresh) == _status_dates(at)
    assert metrics_by_label(fresh) == metrics_by_label(at)


def _no_plan_leftovers(at, *names: str) -> None:
    assert not at.exception
    assert not at.sidebar.warning, [w.value for w in at.sidebar.warning]
    for name in names:
        assert name not in at.query_params, (name, dict(at.query_params))


def test_the_goal_page_opens_the_new_plans_first_goal_after_a_switch(module_demo_env):
    at = run_page("pages/mal.py", goal="his-g6", **{"from": "2025-03-01", "to": "2026-06-30"})
    assert at.title[0].value == "Mål: Nasjonal oppmerksomhet"
    at.selectbox(key="filter_plan").set_value("ho21-2020").run()
    _no_plan_leftovers(at, "goal", "from", "to")
    db = state.database()
    first = db.sql("SELECT title FROM goal WHERE plan_id = 'ho21-2020' ORDER BY sort_order, id")
    assert at.title[0].value == f"Mål: {first['title'].iloc[0]}"
    assert f"Status per {HO21_END:%d.%m.%Y}" in _status_dates(at)[0]


def test_the_owners_page_shows_all_owners_of_the_new_plan_after_a_switch(module_demo_env):
    at = run_page("pages/ansvarlige.py", owner="his-kommunikasjonsansvarlig")
    at.selectbox(key="filter_plan").set_value("tynset-2025").run()
    _no_plan_leftovers(at, "owner")
    assert at.selectbox(key="filter_owner").value == ""
    assert any("Velg en ansvarlig" in i.value for i in at.info)


def test_the_channels_page_takes_the_new_plans_first_metric_after_a_switch(module_demo_env):
    db = state.database()
    first = queries.metric_ids(db, "ho21-2020")[0]
    assert first != "visitors" and "visitors" in queries.metric_ids(db, "ho21-2020")
    at = run_page("pages/kanaler.py", metric="visitors")
    assert at.selectbox(key="filter_metric").value == "visitors"
    at.selectbox(key="filter_plan").set_value("ho21-2020").run()
    _no_plan_leftovers(at, "metric")
    assert at.selectbox(key="filter_metric").value == first


def test_presentation_follows_a_plan_switch_made_on_another_page_from_its_title_screen(demo_env):
    at = run_page("pages/presentasjon.py")
    for _ in range(5):
        at.button(key="present_next").click().run()
    assert at.session_state["present_slide"] == 5
    at.switch_page("pages/oversikt.py").run()
    at.selectbox(key="filter_plan").set_value("ho21-2020").run()
    at.query_params.clear()  # the page navigation carries no query string
    at.switch_page("pages/presentasjon.py").run()
    assert not at.exception
    html = "\n".join(m.value for m in at.markdown)
    assert '<h1 class="title cover">Handlingsplan HO21-rådet 2020–2021</h1>' in html
    assert at.query_params["plan"] in ("ho21-2020", ["ho21-2020"])
    assert at.query_params["slide"] in ("0", ["0"])


@pytest.fixture
def deferred(monkeypatch):
    """What each download button of a run would give: file id -> (file name, callable)."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    files: dict[str, tuple[str, object]] = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        file_id = original(self, data_callable, mimetype, coordinates, file_name, **kw)
        files[file_id] = (file_name, data_callable)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return files


def _download(at, files, label: str) -> tuple[str, bytes]:
    """The file name and the bytes the download button ``label`` on the page gives."""
    button = next(b for b in at.get("download_button") if b.proto.label == label)
    name, make = files[button.proto.deferred_file_id]
    return name, make()


def test_a_recorded_meeting_is_chosen_shown_and_downloaded_at_once(demo_env, deferred):
    import io

    import docx

    at = run_page("pages/rapport.py", role="secretariat", plan="his-2025")
    assert at.selectbox(key="filter_meeting").value == "Styremøte 4/2026"
    at.text_input[0].input("Styremøte 5/2026")
    next(b for b in at.button if "Registrer møtet" in str(b.label)).click().run()
    assert not at.exception
    assert any(s.value.startswith("Styremøte 5/2026 (") for s in at.success)
    assert at.selectbox(key="filter_meeting").value == "Styremøte 5/2026"
    # The newest meeting is the default source, which the address leaves out.
    assert at.query_params.get("meeting") in (None, "Styremøte 5/2026", ["Styremøte 5/2026"])
    kicker = Translator("nb")("report.kicker_meeting", meeting="Styremøte 5/2026")
    assert kicker in [c.value for c in at.caption]
    meta = next(df.value for df in at.dataframe if "Felt" in df.value.columns)
    meta = dict(zip(meta["Felt"], meta["Verdi"], strict=True))
    assert meta["Møte"] == f"Styremøte 5/2026, {TODAY:%d.%m.%Y}"
    name, data = _download(at, deferred, "Word")
    assert name == "statusrapport-his-2025-styremote-5-2026.docx"
    document = docx.Document(io.BytesIO(data))
    assert kicker in [p.text for p in document.paragraphs]
    fields = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert fields["Møte"] == meta["Møte"]
    for label, ext in (("PowerPoint", "pptx"), ("PDF", "pdf")):
        assert _download(at, deferred, label)[0] == f"statusrapport-his-2025-styremote-5-2026.{ext}"


def test_each_meeting_chosen_in_turn_shows_its_own_report(demo_env):
    """The report is cached for every session per meeting: back and forth between two
    meetings shows each one's report, never the other's."""
    at = run_page("pages/rapport.py", plan="his-2025")
    kicker = Translator("nb")

    def shown() -> str:
        return next(c.value for c in at.caption if c.value.startswith("Saksframlegg"))

    assert shown() == kicker("report.kicker_meeting", meeting="Styremøte 4/2026")
    for name in ("Styremøte 3/2026", "Styremøte 4/2026", "Styremøte 3/2026"):
        at.selectbox(key="filter_meeting").set_value(name).run()
        assert not at.exception
        assert shown() == kicker("report.kicker_meeting", meeting=name)


def test_removing_the_chosen_meeting_falls_back_to_the_one_before_without_a_warning(demo_env):
    at = run_page("pages/rapport.py", role="secretariat", plan="his-2025")
    assert at.selectbox(key="filter_meeting").value == "Styremøte 4/2026"
    at.selectbox(key="remove_meeting_pick").set_value("Styremøte 4/2026")
    at.checkbox(key="remove_meeting_ok").check().run()
    at.button(key="remove_meeting").click().run()
    assert not at.exception
    assert not at.sidebar.warning, [w.value for w in at.sidebar.warning]
    assert at.selectbox(key="filter_meeting").value == "Styremøte 3/2026"
    kicker = Translator("nb")("report.kicker_meeting", meeting="Styremøte 3/2026")
    assert kicker in [c.value for c in at.caption]


def test_ansvarlige_works_when_only_some_owners_have_an_email_address(demo_env):
    from dashboard import board, meetings

    run_page()  # loads the demo
    db = state.database()
    last = meetings.find(db, "his-2025", "Styremøte 4/2026")
    states = queries.measure_states(db, queries.Filters("his-2025", TODAY, TODAY))
    silent = board.silent_owners(states, last.date)
    assert len(silent) >= 2, "the demo should have several owners who have not reported"
    with_mail, without = silent.iloc[0], silent.iloc[1]
    board.set_owner_email(db, with_mail["owner_id"], "kommunikasjon@example.no")
    at = run_page("pages/ansvarlige.py", role="secretariat")
    assert not at.exception, [e.value for e in at.exception]
    links = {plain(b.proto.label): b.proto.url for b in at.get("link_button")}  # as read
    assert links[with_mail["owner"]].startswith("mailto:kommunikasjon@example.no?subject=")
    assert links[without["owner"]].startswith("mailto:?subject=")
    everyone = next(url for label, url in links.items() if label.startswith("Send påminnelse"))
    assert everyone.startswith("mailto:kommunikasjon@example.no?")
    table = next(df.value for df in at.dataframe if "E-post" in df.value.columns)
    emails = dict(zip(table["Ansvarlig"], table["E-post"], strict=True))
    assert emails[with_mail["owner"]] == "kommunikasjon@example.no"
    assert emails[without["owner"]] == ""


def _no_description(goal_id: str) -> None:
    with state.database().write() as cur:
        cur.execute("UPDATE goal SET description = NULL WHERE id = $g", {"g": goal_id})


def test_a_goal_without_a_description_shows_none_not_nan(demo_env):
    run_page()  # loads the demo
    _no_description("his-g6")
    at = run_page("pages/mal.py", goal="his-g6")
    assert at.title[0].value == "Mål: Nasjonal oppmerksomhet"
    assert not [m.value for m in at.markdown if "nan" in m.value.lower().split("_")]


def test_the_goals_template_leaves_a_missing_description_empty(demo_db):
    from dashboard.ingest.templates import template

    with demo_db.write() as cur:
        cur.execute("UPDATE goal SET description = NULL WHERE id = 'his-g6'")
    frame = template(demo_db, "goals", "his-2025", TODAY, "nb")
    row = frame[frame.iloc[:, 1] == "his-g6"].iloc[0]
    assert row.iloc[3] == ""


def test_a_missing_cell_is_staged_as_missing_not_as_the_text_nan():
    import pandas as pd

    from dashboard.ingest.pipeline import _cell_text

    assert [_cell_text(v) for v in (float("nan"), pd.NA, pd.NaT, None)] == [None] * 4
    assert [_cell_text(v) for v in (" tekst ", 12.5, 3.0)] == ["tekst", "12,5", "3"]


def test_changing_a_user_shows_that_users_own_role(demo_env):
    from dashboard import auth

    run_page()  # loads the demo
    db = state.database()
    auth.add_user(db, "leder", "viewer", "et-langt-testpassord", by="test")
    auth.add_user(db, "sekretariatet", "secretariat", "et-langt-testpassord", by="test")
    at = run_page("pages/brukere.py", role="admin")
    roles = dict(zip(auth.list_users(db)["name"], auth.list_users(db)["role"], strict=True))
    for name in [at.selectbox(key="change_user").value, "sekretariatet", "leder", "test-admin"]:
        at.selectbox(key="change_user").set_value(name).run()
        assert not at.exception
        assert at.selectbox(key="change_user").value == name
        shown = next(s for s in at.selectbox if s.label == "Rolle" and s.key != "add_role")
        assert shown.value == roles[name], (name, shown.value)
    # After a change the new role shows; an unsaved choice does not follow another user.
    at.selectbox(key="change_user").set_value("leder").run()
    next(s for s in at.selectbox if s.key == "change_role_leder_viewer").set_value("secretariat")
    at.button(key="set_role").click().run()
    assert auth.list_users(db).set_index("name").loc["leder", "role"] == "secretariat"
    assert next(s for s in at.selectbox if s.label == "Rolle" and s.key != "add_role").value == (
        "secretariat"
    )
    at.selectbox(key="change_user").set_value("test-admin").run()
    assert next(s for s in at.selectbox if s.label == "Rolle" and s.key != "add_role").value == (
        "admin"
    )


SMALL_STATUS = (
    "Tiltak-ID;Dato;Status;Fremdrift\n"
    "his-t05;20.11.2026;Fullført;100\n"
    "his-t13;21.11.2026;ferdig;100\n"
)


def _commit_small_upload() -> int:
    from dashboard.ingest.pipeline import Upload, commit

    upload = Upload(SMALL_STATUS.encode(), "status.csv", "his-2025", "status", None, TODAY)
    return commit(state.database(), upload, by="test").batch_id


def _undo_controls(at, batch_id: int):
    ticks = [c for c in at.checkbox if c.key == f"undo_sure_{batch_id}"]
    typed = [i for i in at.text_input if i.key == f"undo_typed_{batch_id}"]
    return ticks, typed


def test_undoing_the_demo_asks_for_its_number_typed_and_a_small_upload_for_a_tick(demo_env):
    run_page()  # loads the demo
    demo_rows = state.database().scalar("SELECT rows_added FROM import_batch WHERE id = 1")
    assert demo_rows > 1000
    small = _commit_small_upload()
    at = run_page("pages/importhistorikk.py", role="secretariat")
    assert at.selectbox(key="undo_batch").value == small
    ticks, typed = _undo_controls(at, small)
    assert ticks and not typed
    assert at.button(key="undo_go").disabled

    at.selectbox(key="undo_batch").set_value(1).run()
    ticks, typed = _undo_controls(at, 1)
    assert typed and not ticks
    assert any("Kommunikasjonsstrategi HIS" in w.value for w in at.warning)
    assert at.button(key="undo_go").disabled
    typed[0].input(str(small)).run()  # a wrong number
    assert at.button(key="undo_go").disabled
    _undo_controls(at, 1)[1][0].input("1").run()
    assert not at.button(key="undo_go").disabled

    # Undoing the small upload leaves only the demo, still behind its number.
    at.selectbox(key="undo_batch").set_value(small).run()
    _undo_controls(at, small)[0][0].check().run()
    at.button(key="undo_go").click().run()
    assert any(f"Opplasting nr. {small} er angret" in s.value for s in at.success)
    assert at.selectbox(key="undo_batch").value == 1
    ticks, typed = _undo_controls(at, 1)
    assert typed and not ticks and at.button(key="undo_go").disabled


def test_a_batch_is_large_when_it_holds_a_plan_or_more_than_the_limit_of_rows():
    from dashboard.ingest.batches import LARGE_UNDO_ROWS, is_large

    assert not is_large(2, 0, [])
    assert not is_large(LARGE_UNDO_ROWS - 10, 10, [])
    assert is_large(LARGE_UNDO_ROWS - 10, 11, [])
    assert is_large(LARGE_UNDO_ROWS + 1, 0, [])
    assert is_large(0, 0, ["Kommunikasjonsstrategi HIS"])
