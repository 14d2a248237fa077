"""Plans an organisation makes itself (create, archive, undo) and removing the demo."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import plans, queries
from dashboard.db import load_sql
from dashboard.ingest.batches import UndoRefused, history, undo
from dashboard.ingest.pipeline import Upload, commit
from tests.conftest import TODAY
from tests.demo_plans import DEMO_PLANS

JAN, JUN, DEC = dt.date(2026, 1, 1), dt.date(2026, 6, 30), dt.date(2030, 12, 31)


def new(plan_id="hmn-2026", **changes) -> plans.NewPlan:
    values = {
        "id": plan_id,
        "name": "Regional strategi",
        "organisation": "Helse Midt-Norge",
        "start": JAN,
        "end": DEC,
    }
    values.update(changes)
    return plans.NewPlan(**values)


def upload(db, plan_id: str, kind: str, text: str) -> int:
    done = commit(db, Upload(text.encode(), f"{kind}.csv", plan_id, kind, None, TODAY), by="test")
    assert done.preview.ok, done.preview.problems
    return done.batch_id


def dangling(db) -> list:
    return db.sql(load_sql("dangling_references"), {"batch": None}).values.tolist()


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"id": ""}, "id_missing"),
        ({"id": "HMN-2026"}, "bad_id"),
        ({"id": "hmn 2026"}, "bad_id"),
        ({"id": "hmn--2026"}, "bad_id"),
        ({"id": "-hmn"}, "bad_id"),
        ({"id": "hmn/2026"}, "bad_id"),
        ({"id": "x" * 61}, "bad_id"),
        ({"name": "  "}, "name_missing"),
        ({"organisation": ""}, "organisation_missing"),
        ({"start": DEC, "end": JAN}, "bad_period"),
        ({"cadence_days": 0}, "bad_cadence"),
        ({"cadence_days": -14}, "bad_cadence"),
        ({"cadence_days": 2.5}, "bad_cadence"),
        ({"parent_id": "hmn-2026"}, "parent_self"),
        ({"parent_id": "finnes-ikke"}, "no_such_parent"),
    ],
)
def test_a_plan_is_refused_with_a_reason_and_nothing_is_written(db, changes, code):
    with pytest.raises(plans.PlanRefused) as refused:
        plans.create_plan(db, new(**changes), by="test")
    assert refused.value.code == code
    assert db.scalar("SELECT count(*) FROM plan") == 0
    assert db.scalar("SELECT count(*) FROM import_batch") == 0
    assert db.scalar("SELECT count(*) FROM organisation") == 0


def test_the_id_is_suggested_from_the_name():
    assert plans.suggest_id("Kommunikasjonsplan 1. halvår 2026") == (
        "kommunikasjonsplan-1-halvar-2026"
    )
    assert plans.suggest_id("Helse Midt-Norge – Ærlig Østlig") == "helse-midt-norge-aerlig-ostlig"
    assert plans.suggest_id("Regional strategi Helse Midt-Norge 2026–2030") == (
        "regional-strategi-helse-midt-norge"  # whole words only, at most 40 characters
    )


def test_a_regional_strategy_with_a_half_yearly_plan_under_it(db):
    first = plans.create_plan(db, new(cadence_days=90), by="sekretariatet")
    second = plans.create_plan(
        db, new("hmn-2026-h1", name="Kommunikasjonsplan 1. halvår 2026", end=JUN,
                organisation="helse midt-norge", parent_id="hmn-2026"),
        by="sekretariatet",
    )  # fmt: skip
    listed = plans.list_plans(db).set_index("id")
    assert listed.loc["hmn-2026-h1", "parent_id"] == "hmn-2026"
    # the organisation is found again by its name, whatever the case
    assert db.scalar("SELECT count(*) FROM organisation") == 1
    assert set(listed["organisation"]) == {"Helse Midt-Norge"}
    assert queries.cadence_days(db, "hmn-2026") == 90
    batches = history(db).set_index("id")
    assert batches.loc[first, "kind"] == batches.loc[second, "kind"] == "plan"
    assert batches.loc[first, "rows_added"] == 2  # organisation and plan
    assert batches.loc[second, "rows_added"] == 1
    assert batches.loc[second, "created_by"] == "sekretariatet"
    # A plan cannot go under its own descendant.
    with pytest.raises(plans.PlanRefused) as refused:
        plans.set_parent(db, "hmn-2026", "hmn-2026-h1")
    assert refused.value.code == "parent_cycle"
    with pytest.raises(plans.PlanRefused) as refused:
        plans.create_plan(db, new("hmn-2026"), by="x")
    assert refused.value.code == "id_taken"


def test_creating_a_plan_is_undone_like_an_upload_unless_rows_hang_under_it(db):
    batch = plans.create_plan(db, new(), by="test")
    goals = upload(db, "hmn-2026", "goals", "plan;mål_id;tittel\nhmn-2026;g1;Tydelig profil\n")
    with pytest.raises(UndoRefused) as refused:
        undo(db, batch, by="test")
    assert refused.value.code == "still_referenced"
    assert db.scalar("SELECT count(*) FROM plan") == 1
    undo(db, goals, by="test")
    undo(db, batch, by="test")
    assert db.scalar("SELECT count(*) FROM plan") == 0
    assert db.scalar("SELECT count(*) FROM organisation") == 0


def test_an_archived_plan_leaves_the_picker_and_keeps_its_rows(db):
    plans.create_plan(db, new(), by="test")
    plans.create_plan(db, new("hmn-2026-h1", end=JUN, parent_id="hmn-2026"), by="test")
    upload(db, "hmn-2026-h1", "goals", "plan;mål_id;tittel\nhmn-2026-h1;g1;Synlighet\n")
    plans.archive_plan(db, "hmn-2026-h1", by="admin")
    assert queries.plans(db)["id"].tolist() == ["hmn-2026"]
    listed = plans.list_plans(db).set_index("id")
    assert listed.loc["hmn-2026-h1", "archived_by"] == "admin"
    assert listed.loc["hmn-2026-h1", "goals"] == 1
    with pytest.raises(plans.PlanRefused) as refused:
        plans.archive_plan(db, "hmn-2026-h1", by="admin")
    assert refused.value.code == "already_archived"
    with pytest.raises(plans.PlanRefused) as refused:
        plans.create_plan(db, new("ny", parent_id="hmn-2026-h1"), by="x")
    assert refused.value.code == "parent_archived"
    plans.unarchive_plan(db, "hmn-2026-h1")
    assert sorted(queries.plans(db)["id"]) == ["hmn-2026", "hmn-2026-h1"]
    # the columns the pages read still come through
    plan = queries.plans(db).set_index("id").loc["hmn-2026"]
    assert plan["period_end"].date() == DEC and plan["organisation"] == "Helse Midt-Norge"


OWN_GOALS = "plan;mål_id;tittel\nhis-egen;e1;Egen profil\nhis-egen;e2;Egen dialog\n"
# Owner and channels the demo made for the organisation: the own plan uses them.
OWN_MEASURES = (
    "tiltak_id;mål_id;tittel;ansvarlig;kanaler;målgrupper;start;frist\n"
    "e-t1;e1;Ny nettside;Kommunikasjonsansvarlig;Nettside|Nyhetsbrev;;2026-01-01;2026-06-30\n"
    "e-t2;e2;Innbyggermøter;Kommunikasjonsansvarlig;Arrangement og konferanser;;;2026-09-30\n"
)
DEMO_STATUS = "tiltak_id;dato;status;fremdrift\nhis-t01;2026-11-20;På sporet;60\n"


def test_removing_the_demo_keeps_a_plan_of_the_same_organisation(demo_db):
    db = demo_db
    plans.create_plan(
        db, new("his-egen", name="Egen plan", organisation="Helseinnovasjonssenteret AS"),
        by="test",
    )  # fmt: skip
    upload(db, "his-egen", "goals", OWN_GOALS)
    upload(db, "his-egen", "measures", OWN_MEASURES)
    later_status = upload(db, "his-2025", "status", DEMO_STATUS)  # touches only the demo
    own_before = db.sql(
        "SELECT m.id, m.title, o.name AS owner FROM measure m JOIN owner o ON o.id = m.owner_id "
        "JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = 'his-egen' ORDER BY m.id"
    )

    removed = plans.remove_demo(db, by="admin")

    assert removed.plans == DEMO_PLANS
    assert removed.undone == [later_status]
    assert db.sql("SELECT id FROM plan ORDER BY id")["id"].tolist() == ["his-egen"]
    own_after = db.sql(
        "SELECT m.id, m.title, o.name AS owner FROM measure m JOIN owner o ON o.id = m.owner_id "
        "JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = 'his-egen' ORDER BY m.id"
    )
    assert own_after.equals(own_before)
    channels = db.sql(
        "SELECT c.name FROM measure_channel mc JOIN channel c ON c.id = mc.channel_id "
        "ORDER BY c.name"
    )["name"].tolist()
    assert channels == ["Arrangement og konferanser", "Nettside", "Nyhetsbrev"]
    assert dangling(db) == []
    # nothing of the demo is left: no goals, measures, statuses, figures, meetings of it
    assert db.scalar("SELECT count(*) FROM goal WHERE plan_id <> 'his-egen'") == 0
    assert db.scalar("SELECT count(*) FROM status_update") == 0
    assert db.scalar("SELECT count(*) FROM channel_metric") == 0
    assert db.scalar("SELECT count(*) FROM meeting") == 0
    assert db.scalar("SELECT count(*) FROM goal_kpi") == 0
    # the organisation stays (it owns the plan), the other two demo organisations go,
    # and of the demo's owners and channels only those the own plan uses stay
    assert db.sql("SELECT id FROM organisation")["id"].tolist() == ["his"]
    assert db.scalar("SELECT count(*) FROM owner") == 1
    assert db.scalar("SELECT count(*) FROM channel") == 3
    assert db.scalar("SELECT count(*) FROM audience") == 0
    states = dict(zip(history(db)["id"], history(db)["state"], strict=True))
    assert states[later_status] == "undone" and states[1] == "undone"
    with pytest.raises(plans.PlanRefused) as refused:
        plans.remove_demo(db, by="admin")
    assert refused.value.code == "no_demo"


def test_a_batch_touching_the_demo_and_another_plan_stops_the_removal(demo_db):
    db = demo_db
    plans.create_plan(db, new("egen", organisation="Tynset kommune"), by="test")
    upload(db, "egen", "goals", "plan;mål_id;tittel\negen;e1;Egen profil\n")
    upload(db, "egen", "measures", "tiltak_id;mål_id;tittel\ne-t1;e1;Eget tiltak\n")
    # One batch with a status for a demo measure and one for the own plan's measure.
    with db.write() as cur:
        batch = cur.execute(
            "INSERT INTO import_batch (created_by, file_name, kind) "
            "VALUES ('test', 'blandet.csv', 'status') RETURNING id"
        ).fetchone()[0]
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress, "
            "import_batch_id) VALUES ('his-t01', DATE '2026-11-20', 'on_track', 50, $b), "
            "('e-t1', DATE '2026-11-20', 'on_track', 10, $b)",
            {"b": batch},
        )
    counts = db.sql("SELECT (SELECT count(*) FROM plan) p, (SELECT count(*) FROM goal) g").values
    with pytest.raises(plans.PlanRefused) as refused:
        plans.remove_demo(db, by="admin")
    assert refused.value.code == "demo_mixed_batches"
    assert refused.value.params == {"batches": str(batch)}
    after = db.sql("SELECT (SELECT count(*) FROM plan) p, (SELECT count(*) FROM goal) g").values
    assert (after == counts).all()
    undo(db, batch, by="test")
    plans.remove_demo(db, by="admin")
    assert db.sql("SELECT id FROM plan")["id"].tolist() == ["egen"]
    assert db.scalar("SELECT count(*) FROM status_update") == 0
    assert dangling(db) == []


def test_a_plan_under_a_demo_plan_stops_the_removal(demo_db):
    plans.create_plan(demo_db, new("under", parent_id="his-2025"), by="test")
    with pytest.raises(plans.PlanRefused) as refused:
        plans.remove_demo(demo_db, by="admin")
    assert refused.value.code == "demo_has_children"
    assert refused.value.params == {"plans": "under"}
    assert demo_db.scalar("SELECT count(*) FROM plan") == len(DEMO_PLANS) + 1
