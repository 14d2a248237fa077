"""Kom i gang and the empty state: an organisation's own plan from an empty database."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import plans, queries
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import run_page, texts

READING_PAGES = (
    "pages/oversikt.py",
    "pages/mal.py",
    "pages/ansvarlige.py",
    "pages/kanaler.py",
    "pages/presentasjon.py",
    "pages/rapport.py",
)
FRIENDLY = "Sekretariatet har ikke satt opp en plan ennå"


@pytest.fixture
def empty_env(tmp_path, monkeypatch):
    """A new database file, no demo, a fixed today."""
    path = tmp_path / "empty.duckdb"
    monkeypatch.setenv("PLANPULS_DB", str(path))
    monkeypatch.setenv("PLANPULS_DEMO", "0")
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    return path


def infos(at) -> list[str]:
    return [i.value for i in at.info]


def page_links(at) -> list[str]:
    return [link.proto.page for link in at.get("page_link")]


@pytest.mark.parametrize("page", READING_PAGES)
def test_a_reader_of_an_empty_database_sees_a_friendly_line_on_every_reading_page(empty_env, page):
    for role in (None, "viewer"):
        at = run_page(page, role=role)
        assert any(FRIENDLY in i for i in infos(at)), infos(at)
        shown = "\n".join([*infos(at), texts(at)])
        assert "python -m" not in shown and "PLANPULS_" not in shown
        assert not at.error
        assert "pages/kom_i_gang.py" not in " ".join(page_links(at))


@pytest.mark.parametrize("page", READING_PAGES)
def test_the_secretariat_on_an_empty_database_is_pointed_to_kom_i_gang(empty_env, page):
    at = run_page(page, role="secretariat")
    assert any("Opprett den første på Kom i gang" in i for i in infos(at)), infos(at)
    assert any(link.endswith("kom_i_gang") for link in page_links(at)), page_links(at)
    assert not at.error


@pytest.mark.parametrize("role", ["secretariat", "admin"])
def test_an_empty_database_opens_on_kom_i_gang_for_the_staff(empty_env, role):
    at = run_page(role=role)
    assert at.title[0].value == "Kom i gang"
    assert "En plan er opprettet — *Gjenstår*" in texts(at)


def test_a_reader_of_an_empty_database_opens_on_oversikt(empty_env):
    at = run_page()
    assert not at.title or at.title[0].value != "Kom i gang"
    assert any(FRIENDLY in i for i in infos(at))


def test_every_staff_page_runs_on_an_empty_database(empty_env):
    for page in ("pages/last_opp.py", "pages/importhistorikk.py", "pages/kom_i_gang.py"):
        at = run_page(page, role="secretariat")
        assert not at.error, [e.value for e in at.error]


def test_creating_a_plan_on_kom_i_gang(empty_env):
    at = run_page("pages/kom_i_gang.py", role="secretariat")
    at.text_input(key="start_name").input("Regional strategi Helse Midt-Norge 2026–2030").run()
    assert at.text_input(key="start_id").value == "regional-strategi-helse-midt-norge"
    at.text_input(key="start_id").input("hmn-2026").run()
    assert at.selectbox(key="start_org").value == ""  # no organisation yet: a new one
    at.text_input(key="start_org_name").input("Helse Midt-Norge RHF")
    at.date_input(key="start_from").set_value(dt.date(2026, 1, 1))
    at.date_input(key="start_to").set_value(dt.date(2030, 12, 31))
    at.number_input(key="start_cadence").set_value(90)
    at.button(key="start_create").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]

    db = state.database()
    plan = plans.list_plans(db).set_index("id").loc["hmn-2026"]
    assert plan["name"] == "Regional strategi Helse Midt-Norge 2026–2030"
    assert plan["organisation"] == "Helse Midt-Norge RHF"
    assert (plan["period_start"].date(), plan["period_end"].date()) == (
        dt.date(2026, 1, 1),
        dt.date(2030, 12, 31),
    )
    assert plan["cadence_days"] == 90 and queries.cadence_days(db, "hmn-2026") == 90
    batch = db.sql("SELECT * FROM import_batch WHERE id = $b", {"b": int(plan["import_batch_id"])})
    assert batch["kind"].tolist() == ["plan"] and batch["created_by"].tolist() == [
        "test-secretariat"
    ]
    assert any("er opprettet" in s.value for s in at.success)
    assert "✓**] En plan er opprettet — *Ferdig*" in texts(at)
    assert at.text_input(key="start_name").value == ""  # the form is empty for the next one

    # A half-yearly communication plan under the regional strategy (seed 001).
    at.text_input(key="start_name").input("Kommunikasjonsplan 1. halvår 2026").run()
    assert at.text_input(key="start_id").value == "kommunikasjonsplan-1-halvar-2026"
    assert at.selectbox(key="start_org").value == "Helse Midt-Norge RHF"
    at.selectbox(key="start_parent").set_value("hmn-2026")
    at.date_input(key="start_from").set_value(dt.date(2026, 1, 1))
    at.date_input(key="start_to").set_value(dt.date(2026, 6, 30))
    at.button(key="start_create").click().run()
    assert not at.error, [e.value for e in at.error]
    child = plans.list_plans(db).set_index("id").loc["kommunikasjonsplan-1-halvar-2026"]
    assert child["parent_id"] == "hmn-2026" and child["organisation"] == "Helse Midt-Norge RHF"
    assert db.scalar("SELECT count(*) FROM organisation") == 1


def test_a_refused_plan_says_why_in_words_and_writes_nothing(empty_env):
    at = run_page("pages/kom_i_gang.py", role="secretariat")
    at.text_input(key="start_name").input("Halvårsplan")
    at.text_input(key="start_org_name").input("Helse Midt-Norge RHF")
    at.date_input(key="start_from").set_value(dt.date(2026, 7, 1))
    at.date_input(key="start_to").set_value(dt.date(2026, 6, 30))
    at.button(key="start_create").click().run()
    errors = [e.value for e in at.error]
    assert errors == [
        "Startdatoen (01.07.2026) er etter sluttdatoen (30.06.2026). Bytt om datoene."
    ]
    assert state.database().scalar("SELECT count(*) FROM plan") == 0
    assert state.database().scalar("SELECT count(*) FROM import_batch") == 0


def test_the_admin_removes_the_demo_on_kom_i_gang_after_typing_the_word(demo_env):
    at = run_page("pages/kom_i_gang.py", role="secretariat")
    assert "start_demo_remove" not in [b.key for b in at.button]  # the admin's action only

    at = run_page("pages/kom_i_gang.py", role="admin")
    db = state.database()
    plans.create_plan(
        db,
        plans.NewPlan("tynset-egen", "Egen plan", "Tynset kommune", dt.date(2026, 1, 1),
                      dt.date(2026, 12, 31)),
        by="test",
    )  # fmt: skip
    at.run()
    assert at.button(key="start_demo_remove").disabled
    at.text_input(key="start_demo_confirm").input("fjern ikke").run()
    assert at.button(key="start_demo_remove").disabled
    at.text_input(key="start_demo_confirm").input("FJERN").run()
    at.button(key="start_demo_remove").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("Demoplanene er fjernet" in s.value for s in at.success)
    assert db.sql("SELECT id FROM plan")["id"].tolist() == ["tynset-egen"]
    assert "start_demo_remove" not in [b.key for b in at.button]

    # With the own plan archived the database has no plan in use: Kom i gang opens
    # first, and a restart with PLANPULS_DEMO=1 does not bring the demo back.
    plans.archive_plan(db, "tynset-egen", by="test")
    state._open_database.clear()
    at = run_page(role="admin")
    assert at.title[0].value == "Kom i gang"
    assert state.database().scalar("SELECT count(*) FROM plan WHERE archived_at IS NULL") == 0
    at = run_page()
    assert any(FRIENDLY in i for i in infos(at))
