"""Last opp with tool exports: the kind chosen, goals and owners mapped, remembered; sections."""

from __future__ import annotations

from pathlib import Path

from dashboard.inert import plain
from dashboard.ui import state
from dashboard.ui.upload import _widget_key
from tests.helpers import metrics_by_label, texts, upload_page

CORPUS = Path(__file__).parent / "corpus" / "presets"
JIRA = (CORPUS / "jira_issues.csv").read_bytes()


def _upload_jira(kind: str = "measures"):
    at = upload_page()
    at.selectbox(key="upload_kind").set_value(kind).run()
    at.file_uploader(key="upload_file").upload("jira_issues.csv", JIRA, "text/csv").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_jira_as_measures_maps_people_to_roles_then_saves_and_remembers(demo_env):
    at = _upload_jira()
    assert "Mål for verdiene" in texts(at) and "Ansvarlige for personene" in texts(at)
    epics = at.selectbox(key=_widget_key("upload_goal", "Parent summary", "Tydeligere profil"))
    assert epics.value == "his-g1"  # the epic's name is the goal's title
    person = at.selectbox(key=_widget_key("upload_owner", "FoU-leder"))
    assert person.value == ""  # a person is never made an owner unasked
    assert metrics_by_label(at)["Avvist"] == "2"
    problems = at.dataframe[1].value
    assert problems["Linje"].tolist() == [4, 8]
    assert set(problems["Kolonne"]) == {"Assignee"}
    assert at.button(key="upload_commit").disabled

    person.set_value("FoUI-leder").run()
    assert not at.exception
    shown = metrics_by_label(at)
    assert (shown["Nye"], shown["Avvist"]) == ("5", "0")
    at.button(key="upload_commit").click().run()
    assert any("Lagret som opplasting nr. 2" in s.value for s in at.success)

    db = state.database()
    owners = db.sql(
        "SELECT m.id, o.name FROM measure m JOIN owner o ON o.id = m.owner_id "
        "WHERE m.import_batch_id = 2 ORDER BY m.id"
    )
    assert dict(zip(owners["id"], owners["name"], strict=True))["KOM-7"] == "FoUI-leder"

    again = _upload_jira()
    assert again.selectbox(key=_widget_key("upload_owner", "FoU-leder")).value == "FoUI-leder"
    assert "husket fra sist" in texts(again)
    assert metrics_by_label(again)["Uendret"] == "5"
    assert any("Ingenting å lagre" in i.value for i in again.info)


def test_one_goal_for_the_whole_file_from_the_page(demo_env):
    at = _upload_jira()
    at.selectbox(key=_widget_key("upload_owner", "FoU-leder")).set_value("FoUI-leder").run()
    at.radio(key="upload_goal_mode").set_value("all").run()
    at.selectbox(key="upload_goal_all").set_value("his-g7").run()
    assert not at.exception
    at.button(key="upload_commit").click().run()
    goals = state.database().sql("SELECT DISTINCT goal_id FROM measure WHERE import_batch_id = 2")
    assert goals["goal_id"].tolist() == ["his-g7"]


def test_jira_chosen_as_channel_figures_says_what_to_choose(demo_env):
    at = _upload_jira("metrics")
    message = plain(at.error[0].value)  # as read: Markdown escapes taken out
    assert "Jira – saker (CSV)" in message and "Velg «Tiltak»" in message


def test_a_meta_download_with_two_sections_shows_both_series(demo_env):
    at = upload_page()
    at.selectbox(key="upload_kind").set_value("metrics").run()
    data = (CORPUS / "meta_reach_facebook_instagram.csv").read_bytes()
    at.file_uploader(key="upload_file").upload("Reach.csv", data, "text/csv").run()
    assert not at.exception
    assert any("2 deler" in i.value for i in at.info)
    series = next(d.value for d in at.dataframe if "Kanal" in d.value.columns)
    assert series["Kanal"].tolist() == ["Facebook", "Instagram"]
    assert series["Rader"].tolist() == [31, 31]
    assert (metrics_by_label(at)["Nye"], metrics_by_label(at)["Avvist"]) == ("62", "0")
