"""Every page, headless with AppTest, on the demo database: the figures a person checks."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import Translator
from dashboard.ui import frame, state
from tests.conftest import HIS_GOALS, TODAY, held_by_another_process
from tests.helpers import (
    LATEST_SQL,
    OVERDUE_SQL,
    ROOT,
    metrics_by_label,
    run_page,
    texts,
)


def test_overview_lists_the_goals_and_the_overdue_count_of_the_database(module_demo_env):
    at = run_page()
    db = state.database()
    overdue = db.sql(OVERDUE_SQL, {"d": TODAY, "p": "his-2025"})["id"].tolist()
    assert overdue, "the demo should have overdue measures"
    shown = metrics_by_label(at)
    assert shown["Forfalt"] == str(len(overdue))
    assert at.title[0].value == "Oversikt"
    summary = at.dataframe[0].value
    assert summary["Mål"].tolist()[:6] == HIS_GOALS
    assert "Kommunikasjonsstrategi HIS" in texts(at)
    assert f"Status per {TODAY:%d.%m.%Y}" in texts(at)
    assert any("Forfalte tiltak" in s.value for s in at.subheader)


def test_overview_measure_count_and_done_count_match_the_database(module_demo_env):
    at = run_page(plan="tynset-2025")
    db = state.database()
    measures = db.scalar(
        "SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = $p",
        {"p": "tynset-2025"},
    )
    shown = metrics_by_label(at)
    assert shown["Tiltak"] == str(measures)
    assert "Tynset" in texts(at)


def test_a_bookmarked_link_reproduces_the_filtered_view(module_demo_env):
    at = run_page(plan="ho21-2020", goal="ho21-g1", to="2021-11-18")
    assert "Handlingsplan HO21-rådet 2020–2021" in texts(at)
    assert "Status per 18.11.2021" in texts(at)
    summary = at.dataframe[0].value
    assert summary["Mål"].tolist() == ["Hjemmemarked, næringsutvikling og innovative anskaffelser"]
    # The filters show what the link asked for and stay in the address.
    assert at.selectbox(key="filter_plan").value == "ho21-2020"
    assert at.selectbox(key="filter_goal").value == "ho21-g1"
    assert at.query_params["plan"] == "ho21-2020"
    assert at.query_params["goal"] == "ho21-g1"


def test_an_invalid_link_value_is_explained_and_replaced_by_the_default(module_demo_env):
    at = run_page(plan="no-such-plan")
    assert any("ugyldig verdi" in w.value for w in at.sidebar.warning)
    assert at.selectbox(key="filter_plan").value == "his-2025"


def test_english_changes_labels_numbers_and_dates(module_demo_env):
    at = run_page(lang="en")
    assert at.title[0].value == "Overview"
    assert f"Status as of {TODAY.day} Nov {TODAY.year}" in texts(at)
    shown = metrics_by_label(at)
    assert "Overall progress" in shown and shown["Overall progress"].endswith("%")
    assert " %" not in shown["Overall progress"]


def test_goal_page_shows_the_goals_measures_with_owner_and_status(module_demo_env):
    at = run_page("pages/mal.py", goal="his-g6")
    db = state.database()
    titles = db.sql("SELECT title FROM measure WHERE goal_id = 'his-g6' ORDER BY sort_order, id")[
        "title"
    ].tolist()
    assert at.title[0].value == "Mål: Nasjonal oppmerksomhet"
    measures = at.dataframe[0].value
    assert measures["Tiltak"].tolist() == titles
    assert set(measures.columns) >= {"Ansvarlig", "Status", "Fremdrift", "Frist"}
    assert len(at.get("plotly_chart")) == 2  # progress over time, timeline


def test_owners_page_counts_open_measures_per_owner(module_demo_env):
    at = run_page("pages/ansvarlige.py")
    db = state.database()
    expected = db.sql(
        LATEST_SQL
        + """
        SELECT o.name, count(*) FILTER (WHERE coalesce(l.status, 'not_started')
                                        NOT IN ('done', 'cancelled')) AS open
        FROM measure m JOIN goal g ON g.id = m.goal_id JOIN owner o ON o.id = m.owner_id
        LEFT JOIN latest l ON l.measure_id = m.id
        WHERE g.plan_id = 'his-2025' GROUP BY o.name
        """,
        {"d": TODAY},
    )
    table = at.dataframe[0].value.set_index("Ansvarlig")
    for name, open_count in expected.itertuples(index=False):
        assert table.loc[name, "Åpne"] == open_count


def test_owners_page_lists_one_owners_measures(module_demo_env):
    at = run_page("pages/ansvarlige.py", owner="his-kommunikasjonsansvarlig")
    assert any("Kommunikasjonsansvarlig" in s.value for s in at.subheader)
    db = state.database()
    titles = set(
        db.sql(
            "SELECT m.title FROM measure m JOIN goal g ON g.id = m.goal_id "
            "WHERE g.plan_id = 'his-2025' AND m.owner_id = 'his-kommunikasjonsansvarlig'"
        )["title"]
    )
    listed = at.dataframe[-1].value
    assert set(listed["Tiltak"]) == titles


def test_channels_page_shows_the_figures_of_the_database_per_month(module_demo_env):
    at = run_page(
        "pages/kanaler.py", metric="visitors", **{"from": "2025-01-01", "to": "2025-12-31"}
    )
    db = state.database()
    value = db.scalar(
        "SELECT sum(value) FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND period_start = DATE '2025-03-01'"
    )
    table = at.dataframe[-1].value if not at.dataframe[-1].value.empty else None
    # the month as CLDR (babel) writes it in bokmål
    figures = next(df.value for df in at.dataframe if "mars 2025" in df.value.columns)
    row = figures[figures["Kanal"] == "Nettside"].iloc[0]
    assert row["mars 2025"] == Translator("nb").number(value)
    assert table is not None


@pytest.mark.parametrize("grain", ["quarter", "year"])
def test_channels_page_sums_flows_per_quarter_and_year(module_demo_env, grain):
    at = run_page("pages/kanaler.py", metric="visitors", grain=grain)
    db = state.database()
    value = db.scalar(
        "SELECT sum(value) FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND period_start BETWEEN DATE '2025-01-01' AND DATE '2025-03-31'"
        if grain == "quarter"
        else "SELECT sum(value) FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND year(period_start) = 2025"
    )
    column = "K1 2025" if grain == "quarter" else "2025"
    figures = next(df.value for df in at.dataframe if column in df.value.columns)
    row = figures[figures["Kanal"] == "Nettside"].iloc[0]
    assert row[column] == Translator("nb").number(value)


def test_every_page_file_is_registered_in_the_navigation():
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
    assert files, "no pages found"
    assert sorted(spec.path for spec in frame.PAGES) == files
    assert "frame.navigation(t).run()" in (ROOT / "app.py").read_text(encoding="utf-8")


def _count(sql: str, **params: object) -> int:
    return int(state.database().scalar(sql, params))


def _overdue(day: dt.date) -> int:
    return len(state.database().sql(OVERDUE_SQL, {"d": day, "p": "his-2025"}))


#: What a person checks on each page (the admin sees the demo plan his-2025): the title,
#: and a figure counted here from the database, each in the page's language.
def _check_page(page: str, at: AppTest, t: Translator) -> None:
    title = at.title[0].value if at.title else None
    shown = metrics_by_label(at)
    if page == "oversikt.py":
        assert title == t("overview.title")
        assert shown[t("overview.overdue")] == t.number(_overdue(TODAY))
    elif page == "mal.py":  # the plan's first goal
        assert title == f"{t('goal.title')}: {HIS_GOALS[0]}"
        measures = _count(
            "SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id "
            "WHERE g.plan_id = 'his-2025' AND g.title = $g",
            g=HIS_GOALS[0],
        )
        assert shown[t("goal.measures")] == t.number(measures)
    elif page == "ansvarlige.py":  # a row per owner of the plan's measures
        assert title == t("owners.title")
        owners = _count(
            "SELECT count(DISTINCT m.owner_id) FROM measure m JOIN goal g ON g.id = m.goal_id "
            "WHERE g.plan_id = 'his-2025'"
        )
        assert len(at.dataframe[0].value) == owners
    elif page == "kanaler.py":  # one card per channel and metric, the number as written
        assert title == t("channels.title")
        first = at.metric[0].value
        assert first == t.number(int("".join(c for c in first if c.isdigit())))
    elif page == "presentasjon.py":  # the cover: the plan's name and its overall progress
        name = state.database().scalar("SELECT name FROM plan WHERE id = 'his-2025'")
        html = "\n".join(m.value for m in at.markdown)
        assert name in html and t("present.overall") in html
    elif page == "rapport.py":  # the report's table: a row per goal
        assert title == t("report.page_title")
        goals = _count("SELECT count(*) FROM goal WHERE plan_id = 'his-2025'")
        assert len(at.dataframe[1].value) == goals  # (the first is the header's fields)
    elif page == "last_opp.py":
        assert title == t("upload.title")
        assert len(at.get("file_uploader")) == 1
    elif page == "importhistorikk.py":  # a row per upload
        assert title == t("history.title")
        assert len(at.dataframe[0].value) == _count("SELECT count(*) FROM import_batch")
    elif page == "kom_i_gang.py":  # a row per plan
        assert title == t("start.title")
        assert at.subheader[0].value == t("start.progress")
        assert len(at.dataframe[0].value) == _count("SELECT count(*) FROM plan")
    elif page == "brukere.py":  # a row per account (the test's admin)
        assert title == t("users.title")
        assert len(at.dataframe[0].value) == _count("SELECT count(*) FROM app_user")
    elif page == "logg_inn.py":
        assert title == t("auth.title")
    elif page == "rapporter_status.py":  # without a link: why not, and nothing of the plan
        assert title == t("ownerlink.title")
        assert [e.value for e in at.error] == [t("ownerlink.refused.no_link")]
        assert not at.dataframe and not at.metric
    else:
        raise AssertionError(f"no check for pages/{page}: add what a person looks for")


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "pages").glob("*.py")))
def test_every_page_shows_its_title_and_a_figure_in_both_languages(module_demo_env, page):
    for lang in ("nb", "en"):
        at = run_page(f"pages/{page}", lang=lang, role="admin")
        _check_page(page, at, Translator(lang))


def test_today_setting_is_used_for_the_status_date(demo_env, monkeypatch):
    day = dt.date(2025, 6, 30)
    monkeypatch.setenv("PLANPULS_TODAY", day.isoformat())
    at = run_page()
    assert "Status per 30.06.2025" in texts(at)
    # The figures are the state on that day, not today's: counted here for both days.
    assert metrics_by_label(at)["Forfalt"] == str(_overdue(day))
    assert _overdue(day) != _overdue(TODAY)


def test_a_database_held_by_another_process_is_explained_on_the_page(demo_env):
    with held_by_another_process(demo_env):
        at = run_page()
    assert any("brukes av en annen prosess" in e.value for e in at.error)


def test_a_new_database_gets_the_demo_on_start(tmp_path, monkeypatch):
    # (demo_env hands the app a copy of the demo; this is the load the app itself does)
    monkeypatch.setenv("PLANPULS_DB", str(tmp_path / "new.duckdb"))
    monkeypatch.setenv("PLANPULS_DEMO", "1")
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    at = run_page()
    assert "Kommunikasjonsstrategi HIS" in texts(at)
    assert at.dataframe[0].value["Mål"].tolist()[:6] == HIS_GOALS
    assert state.database().scalar("SELECT count(*) FROM import_batch WHERE kind = 'demo'") == 1
