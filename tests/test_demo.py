"""The demo loads from data/demo into the database with the seeds' goals, dates and owners."""

import datetime as dt

import pytest

from dashboard import queries
from dashboard.db import Database, DatabaseError
from dashboard.demo import demo_batches, load_demo, read_csv
from dashboard.ingest.batches import undo
from dashboard.settings import DEMO_DIR
from tests.conftest import HIS_GOALS
from tests.demo_plans import DEMO_PLANS
from tests.digests import table_digests
from tests.helpers import SEEDS

HO21_AREAS = [
    "Hjemmemarked, næringsutvikling og innovative anskaffelser",
    "Bærekraft i helsetjenesten",
    "Teknologi og digitalisering",
    "Et kunnskapsløft for kommunene",
    "Kliniske studier som en integrert del av helsetjenesten",
]


#: Helsedirektoratet's focus areas ("Satsingsområder", seed 002), in the document's order.
HDIR_AREAS = [
    "Elektronisk kommunikasjon er den primære kanalen",
    "Mer dialog og brukermedvirkning",
    "Enhetlig og tydelig informasjon",
    "Kompetanseutvikling",
    "Mediearbeid",
    "Bedre kunnskap om effekt av kommunikasjonstiltak",
    "Bedre internkommunikasjon",
]


def test_hdir_goals_are_the_strategys_focus_areas_with_outcome_targets(demo_db):
    titles = queries.goals(demo_db, "hdir-2026")["title"].tolist()
    assert titles == HDIR_AREAS
    seed = SEEDS / "002_93ec1ba505dccddd.txt" if SEEDS else None
    if seed is not None:  # the titles are the document's own headings, in its order
        text = seed.read_text(encoding="utf-8")
        positions = [text.index(title) for title in HDIR_AREAS]
        assert positions == sorted(positions)
    # the effect measures have outcome targets, with illustrative survey history
    outcome = demo_db.sql(
        "SELECT DISTINCT k.metric FROM goal_kpi k JOIN goal g ON g.id = k.goal_id "
        "WHERE g.plan_id = 'hdir-2026' AND k.metric IN "
        "('awareness', 'trust', 'positive_coverage', 'satisfaction') ORDER BY 1"
    )["metric"].tolist()
    assert outcome == ["awareness", "positive_coverage", "satisfaction", "trust"]
    surveys = demo_db.sql(
        "SELECT count(*) AS n, bool_and(illustrative) AS marked, min(sample_size) AS smallest "
        "FROM channel_metric WHERE metric IN ('awareness', 'trust', 'satisfaction')"
    )
    assert surveys["n"][0] >= 8 and surveys["marked"][0] and surveys["smallest"][0] >= 100


def test_the_demo_holds_its_plans(demo_db):
    plans = queries.plans(demo_db).set_index("id")
    assert sorted(plans.index) == DEMO_PLANS
    assert plans.loc["ho21-2020", "name"] == "Handlingsplan HO21-rådet 2020–2021"
    assert plans.loc["his-2025", "organisation"] == "Helseinnovasjonssenteret AS"


def test_his_goals_are_the_strategys_six_in_order(demo_db):
    titles = queries.goals(demo_db, "his-2025")["title"].tolist()
    assert titles[:6] == HIS_GOALS


def test_ho21_goals_are_the_five_areas_of_the_action_plan(demo_db):
    titles = queries.goals(demo_db, "ho21-2020")["title"].tolist()
    assert titles[:5] == HO21_AREAS


@pytest.mark.parametrize(
    ("title_part", "due", "status"),
    [
        ("Dialogmøte 1", dt.date(2021, 6, 14), "done"),
        ("Dialogmøte 2", dt.date(2021, 10, 14), "done"),
        ("Kronikk om verdien av helsedata", dt.date(2021, 11, 30), "done"),
        ("Kronikk om kliniske studier", dt.date(2021, 11, 19), "on_track"),
        ("Tverrsektorielt dialogmøte om KSF", dt.date(2022, 2, 28), "on_track"),
        ("fase 1: planlegging", dt.date(2022, 3, 31), "on_track"),
        ("fase 2: gjennomføring", dt.date(2022, 6, 30), "not_started"),
        ("fase 3: oppfølging", dt.date(2022, 6, 20), "not_started"),
    ],
)
def test_ho21_activities_have_their_real_dates_and_states(demo_db, title_part, due, status):
    filters = queries.Filters("ho21-2020", dt.date(2020, 1, 1), dt.date(2021, 11, 18))
    states = queries.measure_states(demo_db, filters)
    row = states[states["title"].str.contains(title_part, regex=False)]
    assert len(row) == 1, title_part
    assert row["due_date"].iloc[0].date() == due
    assert row["status"].iloc[0] == status


def test_the_recorded_op_ed_date_comes_from_the_papers(demo_db):
    row = demo_db.sql(
        "SELECT su.update_date, su.illustrative FROM status_update su "
        "JOIN measure m ON m.id = su.measure_id "
        "WHERE m.title = 'Kronikk om verdien av helsedata' AND su.status = 'done'"
    )
    assert row["update_date"].iloc[0].date() == dt.date(2021, 11, 10)
    assert not row["illustrative"].iloc[0]


def test_tynset_goals_have_measures_owners_and_channels(demo_db):
    filters = queries.Filters("tynset-2025", dt.date(2025, 1, 1), dt.date(2026, 11, 23))
    states = queries.measure_states(demo_db, filters)
    assert states["goal_title"].str.startswith("Vi skal opptre som gode ambassadører").any()
    assert (states["owner"] != "").all()
    assert (states["channels"] != "").all()


def test_generated_history_and_figures_are_marked_illustrative(demo_db):
    marked = demo_db.sql("SELECT bool_and(illustrative) AS all_metrics FROM channel_metric")[
        "all_metrics"
    ].iloc[0]
    assert marked
    his = demo_db.scalar(
        "SELECT bool_and(su.illustrative) FROM status_update su JOIN measure m "
        "ON m.id = su.measure_id JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = 'his-2025'"
    )
    assert his


def test_every_measure_has_several_updates_and_every_row_its_source(demo_db):
    counts = demo_db.sql(
        "SELECT m.id, count(su.id) AS n FROM measure m "
        "LEFT JOIN status_update su ON su.measure_id = m.id GROUP BY m.id"
    )
    assert counts["n"].median() >= 5
    assert (counts["n"] >= 3).mean() >= 0.75  # the rest are not started or just begun
    assert demo_db.scalar("SELECT count(*) FROM status_update WHERE source IS NULL") == 0
    first = demo_db.scalar("SELECT source FROM measure WHERE id = 'his-t01'")
    assert first == "measures.csv:2"


def test_the_demo_cannot_be_loaded_twice_but_can_be_removed_whole(demo_db):
    with pytest.raises(DatabaseError, match="already"):
        load_demo(demo_db)
    (batch,) = demo_batches(demo_db)
    undo(demo_db, batch, by="test")
    for table in ("plan", "goal", "measure", "status_update", "channel_metric", "owner"):
        assert demo_db.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert demo_batches(demo_db) == []
    load_demo(demo_db)
    assert demo_db.scalar("SELECT count(*) FROM plan") == len(DEMO_PLANS)


def test_the_demo_leaves_no_dangling_reference(demo_db):
    from dashboard.db import load_sql

    assert demo_db.sql(load_sql("dangling_references"), {"batch": None}).empty


#: Columns that say when a row was written: a fresh load writes them anew.
LOAD_TIMES = frozenset(
    {
        "import_batch.created_at",
        "meeting.recorded_at",
        "schema_version.applied_at",
        "status_update.recorded_at",
    }
)


def test_the_tests_copy_of_the_demo_holds_the_same_rows_as_a_fresh_load(demo_db):
    # tests/conftest.py copies one demo file per test session instead of loading it per test.
    fresh = Database.open(":memory:")
    load_demo(fresh)
    ours = table_digests(demo_db, skip=LOAD_TIMES)
    assert ours == table_digests(fresh, skip=LOAD_TIMES)
    for table, file_name in (("measure", "measures.csv"), ("status_update", "status_updates.csv")):
        assert ours[table][0] == len(read_csv(DEMO_DIR / file_name)) > 0, table
    assert demo_batches(demo_db) == demo_batches(fresh)
    fresh.close()
