"""The generator: the sizes asked for, references that hold, the same data for the same seed,
and every page and report working on what it makes (the smoke test of issue 9)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation
from pypdf import PdfReader

from dashboard import cli, meetings, reports
from dashboard.db import Database
from dashboard.demo import read_csv
from dashboard.generate import ROLES, SCALES, TODAY, GenerateRefused, generate, generate_file
from dashboard.i18n import Translator, message
from dashboard.labels import STATUS_IDS
from dashboard.settings import DEMO_DIR
from tests.demo_plans import DEMO_PLANS
from tests.helpers import PAGE_TITLES, ROOT, metrics_by_label, refused, run_page, texts

TINY = SCALES["tiny"]
# Every reference of the plan data, checked with SQL of its own (not dangling_references).
ORPHANS = {
    "plan without organisation": "SELECT id FROM plan WHERE organisation_id NOT IN "
    "(SELECT id FROM organisation)",
    "plan under a missing plan": "SELECT id FROM plan WHERE parent_id IS NOT NULL AND "
    "parent_id NOT IN (SELECT id FROM plan)",
    "goal without plan": "SELECT id FROM goal WHERE plan_id NOT IN (SELECT id FROM plan)",
    "measure without goal": "SELECT id FROM measure WHERE goal_id NOT IN (SELECT id FROM goal)",
    "measure without owner": "SELECT id FROM measure WHERE owner_id IS NULL OR owner_id NOT IN "
    "(SELECT id FROM owner)",
    "measure owned in another organisation": "SELECT m.id FROM measure m "
    "JOIN goal g ON g.id = m.goal_id JOIN plan p ON p.id = g.plan_id "
    "JOIN owner o ON o.id = m.owner_id WHERE o.organisation_id <> p.organisation_id",
    "channel link": "SELECT measure_id FROM measure_channel WHERE measure_id NOT IN "
    "(SELECT id FROM measure) OR channel_id NOT IN (SELECT id FROM channel)",
    "audience link": "SELECT measure_id FROM measure_audience WHERE measure_id NOT IN "
    "(SELECT id FROM measure) OR audience_id NOT IN (SELECT id FROM audience)",
    "update without measure": "SELECT id FROM status_update WHERE measure_id NOT IN "
    "(SELECT id FROM measure)",
    "figure without channel": "SELECT id FROM channel_metric WHERE channel_id NOT IN "
    "(SELECT id FROM channel) OR (audience_id IS NOT NULL AND audience_id NOT IN "
    "(SELECT id FROM audience)) OR (goal_id IS NOT NULL AND goal_id NOT IN (SELECT id FROM goal))",
    "target without goal or channel": "SELECT goal_id FROM goal_kpi WHERE goal_id NOT IN "
    "(SELECT id FROM goal) OR channel_id NOT IN (SELECT id FROM channel)",
    "row of no batch": "SELECT id FROM status_update WHERE import_batch_id NOT IN "
    "(SELECT id FROM import_batch) UNION ALL SELECT id::VARCHAR FROM channel_metric "
    "WHERE import_batch_id NOT IN (SELECT id FROM import_batch) UNION ALL SELECT id FROM "
    "measure WHERE import_batch_id NOT IN (SELECT id FROM import_batch)",
    "snapshot of a missing measure": "SELECT measure_id FROM meeting_measure WHERE measure_id "
    "NOT IN (SELECT id FROM measure) OR meeting_id NOT IN (SELECT id FROM meeting)",
}


def count(db: Database, sql: str, params=None) -> int:
    return int(db.scalar(sql, params))


def largest(db: Database) -> tuple[str, int]:
    row = db.sql(
        "SELECT g.plan_id, count(*) AS n FROM measure m JOIN goal g ON g.id = m.goal_id "
        "GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1"
    ).iloc[0]
    return row["plan_id"], int(row["n"])


def test_the_scale_gives_the_sizes_asked_for(tiny_db):
    db = tiny_db
    assert count(db, "SELECT count(*) FROM plan") == TINY.plans
    assert count(db, "SELECT count(*) FROM measure") == TINY.measures
    assert largest(db)[1] == TINY.largest
    assert count(db, "SELECT count(*) FROM status_update") == TINY.updates
    assert count(db, "SELECT count(*) FROM channel_metric") == TINY.metrics
    # Some plans sit under the regional plan; every plan has goals with targets.
    assert count(db, "SELECT count(*) FROM plan WHERE parent_id IS NOT NULL") >= 1
    assert count(db, "SELECT count(DISTINCT plan_id) FROM goal") == TINY.plans
    assert count(db, "SELECT count(DISTINCT goal_id) FROM goal_kpi") >= TINY.plans
    # Meetings were recorded with their snapshots: one row per measure of the plan.
    per_meeting = db.sql(
        "SELECT mt.id, count(mm.measure_id) AS n, (SELECT count(*) FROM measure m JOIN goal g "
        "ON g.id = m.goal_id WHERE g.plan_id = mt.plan_id) AS measures FROM meeting mt "
        "LEFT JOIN meeting_measure mm ON mm.meeting_id = mt.id GROUP BY ALL"
    )
    assert len(per_meeting) >= 2
    assert (per_meeting["n"] == per_meeting["measures"]).all()


def test_references_hold_and_values_are_the_products_vocabulary(tiny_db):
    db = tiny_db
    for what, sql in ORPHANS.items():
        assert db.sql(sql).empty, what
    statuses = set(db.sql("SELECT DISTINCT status FROM status_update")["status"])
    assert statuses <= set(STATUS_IDS) and {"on_track", "done"} <= statuses
    assert count(db, "SELECT count(*) FROM status_update WHERE progress NOT BETWEEN 0 AND 100") == 0
    # Owners are roles, never people; status updates are reported by them.
    assert set(db.sql("SELECT DISTINCT name FROM owner")["name"]) <= set(ROLES)
    assert set(db.sql("SELECT DISTINCT reported_by FROM status_update")["reported_by"]) <= set(
        ROLES
    )
    # History over years; figures for every organisation; comments in Norwegian.
    years = count(db, "SELECT count(DISTINCT year(update_date)) FROM status_update")
    assert years >= 3
    assert count(db, "SELECT count(*) FROM status_update WHERE comment LIKE '%å%' "
                     "OR comment LIKE '%ø%' OR comment LIKE '%æ%'") > 0  # fmt: skip
    orgs = count(db, "SELECT count(DISTINCT c.organisation_id) FROM channel_metric cm "
                     "JOIN channel c ON c.id = cm.channel_id")  # fmt: skip
    assert orgs == count(db, "SELECT count(*) FROM organisation")
    # A done measure's last update is 100 %.
    assert (
        count(db, "SELECT count(*) FROM status_update WHERE status = 'done' AND progress <> 100")
        == 0
    )


def contents(path: Path) -> dict[str, list]:
    db = Database.open(path)
    try:
        tables = db.sql(
            "SELECT table_name FROM information_schema.tables WHERE table_name <> "
            "'schema_version' ORDER BY 1"
        )["table_name"]
        return {t: db.sql(f"SELECT * FROM {t} ORDER BY ALL").values.tolist() for t in tables}
    finally:
        db.close()


def test_the_same_seed_gives_the_same_database_and_another_seed_does_not(tiny, tmp_path):
    again, other = tmp_path / "again.duckdb", tmp_path / "other.duckdb"
    generate_file(again, "tiny", seed=7)
    generate_file(other, "tiny", seed=8)
    first, second = contents(tiny), contents(again)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert contents(other)["status_update"] != first["status_update"]


def test_a_database_with_data_is_never_overwritten(tiny, tmp_path, capsys):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(tiny, copy)
    db = Database.open(copy)
    try:
        before = count(db, "SELECT count(*) FROM status_update")
        with pytest.raises(GenerateRefused):
            generate(db, "tiny")
    finally:
        db.close()
    assert cli.main(["generate", "--scale", "tiny", "--db", str(copy)]) == 1
    assert message("generate.not_empty", "nb", path=copy) in capsys.readouterr().err
    db = Database.open(copy)
    try:
        assert count(db, "SELECT count(*) FROM status_update") == before
    finally:
        db.close()


def test_the_demo_scale_is_the_demo(tmp_path, capsys):
    path = tmp_path / "demo.duckdb"
    assert cli.main(["generate", "--scale", "demo", "--db", str(path)]) == 0
    assert f"measure: {len(read_csv(DEMO_DIR / 'measures.csv'))}" in capsys.readouterr().out
    db = Database.open(path)
    try:
        assert count(db, "SELECT count(*) FROM plan") == len(DEMO_PLANS)
        assert count(db, "SELECT count(*) FROM meeting") > 0
    finally:
        db.close()


PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))


@pytest.fixture
def tiny_env(tiny, tmp_path, monkeypatch):
    """The app on a copy of the tiny database, looked at from the generator's 'today'."""
    path = tmp_path / "app.duckdb"
    shutil.copy(tiny, path)
    monkeypatch.setenv("PLANPULS_DB", str(path))
    monkeypatch.setenv("PLANPULS_DEMO", "0")
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    db = Database.open(path)
    try:
        plan_id, measures = largest(db)
        name = db.scalar("SELECT name FROM plan WHERE id = $p", {"p": plan_id})
    finally:
        db.close()
    return plan_id, name, measures


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_on_generated_data_for_the_largest_plan(tiny_env, page):
    plan_id, name, measures = tiny_env
    at = run_page(page, role="admin", plan=plan_id)  # asserts no exception
    assert not refused(at)
    titles = [t.value for t in at.title]
    if page == "pages/presentasjon.py":  # full screen, no st.title: the plan's goals instead
        assert at.markdown or at.subheader
    else:
        assert any(title.startswith(PAGE_TITLES[page]) for title in titles), titles
    if page == "pages/oversikt.py":
        assert name in texts(at)
        assert metrics_by_label(at)["Tiltak"] == str(measures)


@pytest.mark.parametrize("fmt", ["docx", "pptx", "pdf"])
def test_the_three_reports_of_the_largest_plan_are_made(tiny_db, fmt):
    plan_id, _measures = largest(tiny_db)
    name = tiny_db.scalar("SELECT name FROM plan WHERE id = $p", {"p": plan_id})
    held = meetings.all_meetings(tiny_db, plan_id)
    assert held, "the largest plan should have meetings"
    t = Translator("nb")
    report = reports.report_for(tiny_db, plan_id, t, meeting=held[-1], generated=TODAY)
    file_name, data = reports.render(report, fmt)
    assert file_name.endswith(fmt)
    if fmt == "docx":
        text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    elif fmt == "pptx":
        slides = Presentation(io.BytesIO(data)).slides
        text = "\n".join(s.text_frame.text for sl in slides for s in sl.shapes if s.has_text_frame)
    else:
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert name.split(" – ")[0] in " ".join(text.split())
    assert held[-1].name in text
