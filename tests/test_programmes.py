"""Programmes (issue 14): a parent plan's roll-up of its child plans, the red thread from
a strategy's goal to the child plans' measures, the parent goal in the goals file, and
the reporting periods of Norwegian public bodies (tertial, half-year)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dashboard import formats, periods, programmes, queries
from dashboard.i18n import Translator, message
from dashboard.inert import plain
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, commit, preview
from dashboard.ingest.report import problem_text
from tests.conftest import TODAY
from tests.helpers import markdown_texts, run_page, texts

CHILDREN = ["hmn-effektivisering-2026h2", "hmn-ehelse-2026h2", "hmn-kvalitet-2026h2"]

# Written independently of dashboard/sql: every measure of every child plan with its
# latest status on the day (window, not arg_max), as plain rows the test adds up.
_MEASURES_SQL = """
WITH latest AS (
    SELECT measure_id, status, progress FROM status_update WHERE update_date <= $d
    QUALIFY row_number() OVER (PARTITION BY measure_id ORDER BY update_date DESC, id DESC) = 1
)
SELECT p.id AS plan_id, m.id, m.weight, m.due_date,
       coalesce(l.status, 'not_started') AS status, coalesce(l.progress, 0) AS progress
FROM plan p JOIN goal g ON g.plan_id = p.id JOIN measure m ON m.goal_id = g.id
LEFT JOIN latest l ON l.measure_id = m.id
WHERE p.parent_id = $parent
ORDER BY p.id, m.id
"""


#: Words of these sections in English, and raw values, that a bokmål page must not show.
_NOT_BOKMAL = re.compile(
    r"(?<!\w)(None|nan|NaN|NaT|Programmes|Overall|Progress|Overdue|Measures|Serves|"
    r"Status date|Plans below|red thread|half|tertial)(?!\w)"
)


def _english_or_raw(at) -> list[str]:
    """What a bokmål reader would see in English or raw, in texts and tables."""
    shown = [plain(text) for _, text, _ in markdown_texts(at)]
    shown += [e.label for e in at.expander] + [m.label for m in at.metric]
    for table in at.dataframe:
        shown += [str(c) for c in table.value.columns]
        shown += [str(v) for column in table.value.columns for v in table.value[column]]
    return sorted({m.group(1) for text in shown for m in [_NOT_BOKMAL.search(text)] if m})


def _by_hand(rows):
    """(measures, overdue, progress) of rows, by the rule stated on screen."""
    counted = [r for r in rows if r.status != "cancelled" and r.weight > 0]
    weight = sum(r.weight for r in counted)
    value = sum((100.0 if r.status == "done" else r.progress) * r.weight for r in counted)
    overdue = sum(
        1
        for r in rows
        if r.due_date is not None
        and r.due_date.date() < TODAY
        and r.status not in ("done", "cancelled")
    )
    return len(rows), overdue, (value / weight if weight else None)


def test_the_rollup_matches_each_child_plan_counted_by_hand(demo_db):
    rows = list(
        demo_db.sql(_MEASURES_SQL, {"d": TODAY, "parent": "hmn-2026"}).itertuples(index=False)
    )
    children = programmes.rollup(demo_db, "hmn-2026", TODAY).set_index("plan_id")
    assert sorted(children.index) == CHILDREN
    for plan_id in CHILDREN:
        measures, overdue, progress = _by_hand([r for r in rows if r.plan_id == plan_id])
        assert children.loc[plan_id, "measures"] == measures
        assert children.loc[plan_id, "overdue"] == overdue
        assert children.loc[plan_id, "progress"] == pytest.approx(progress)
    total = programmes.total(children.reset_index())
    measures, overdue, progress = _by_hand(rows)
    assert (total.plans, total.measures, total.overdue) == (3, measures, overdue)
    assert total.progress == pytest.approx(progress)
    # weighted by measures, not the mean of the three plans' figures
    assert total.progress != pytest.approx(children["progress"].mean())


def test_the_rollup_of_a_plan_without_children_is_empty_and_its_total_says_so(demo_db):
    children = programmes.rollup(demo_db, "his-2025", TODAY)
    assert children.empty
    assert programmes.total(children) == programmes.Total(0, 0, 0, 0, None)


def test_a_child_plan_that_has_ended_is_read_on_its_last_day(demo_db):
    demo_db.sql("UPDATE plan SET period_end = DATE '2026-09-30' WHERE id = 'hmn-ehelse-2026h2'")
    children = programmes.rollup(demo_db, "hmn-2026", TODAY).set_index("plan_id")
    assert children.loc["hmn-ehelse-2026h2", "status_date"].date() == dt.date(2026, 9, 30)
    rows = demo_db.sql(_MEASURES_SQL, {"d": dt.date(2026, 9, 30), "parent": "hmn-2026"}).itertuples(
        index=False
    )
    ehelse = [r for r in rows if r.plan_id == "hmn-ehelse-2026h2"]
    done_then = sum(r.status == "done" for r in ehelse)
    assert children.loc["hmn-ehelse-2026h2", "done"] == done_then


def test_an_archived_child_plan_leaves_the_rollup(demo_db):
    demo_db.sql("UPDATE plan SET archived_at = now() WHERE id = 'hmn-kvalitet-2026h2'")
    children = programmes.rollup(demo_db, "hmn-2026", TODAY)
    assert sorted(children["plan_id"]) == CHILDREN[:2]


def test_the_red_thread_follows_a_regional_goal_to_the_programmes_measures(demo_db):
    rows = programmes.thread(demo_db, "hmn-2026", TODAY)
    # every regional goal once at least, in the plan's order
    assert rows["parent_goal_id"].drop_duplicates().tolist() == [f"hmn-g{i}" for i in range(1, 8)]
    g2 = rows[rows["parent_goal_id"] == "hmn-g2"]
    expected = demo_db.sql(
        "SELECT m.id FROM goal g JOIN measure m ON m.goal_id = g.id "
        "WHERE g.parent_goal_id = 'hmn-g2' ORDER BY m.id"
    )["id"].tolist()
    assert sorted(g2["measure_id"]) == expected
    assert set(g2["plan_id"]) == {"hmn-kvalitet-2026h2", "hmn-ehelse-2026h2"}
    unserved = rows[rows["parent_goal_id"] == "hmn-g7"]
    assert len(unserved) == 1 and unserved["goal_id"].isna().all()
    goals = programmes.thread_goals(rows).set_index("goal_id")
    states = queries.measure_states(
        demo_db, queries.Filters("hmn-kvalitet-2026h2", dt.date(2026, 7, 1), TODAY, "hmn-kv-g1")
    )
    assert goals.loc["hmn-kv-g1", "progress"] == pytest.approx(
        queries.plan_progress(states)
    )  # the goal's activity progress as its own Mål page computes it


def test_a_child_goal_names_the_goal_it_serves(demo_db):
    parent = programmes.parent_goal(demo_db, "hmn-kv-g1")
    assert parent is not None
    assert parent["id"] == "hmn-g2"
    assert parent["plan_id"] == "hmn-2026"
    assert programmes.parent_goal(demo_db, "hmn-g2") is None


# --- the parent goal in the goals file -------------------------------------------


def _goals(text: str, plan: str) -> Upload:
    return Upload(text.encode(), "maal.csv", plan, today=TODAY)


def test_a_goals_file_names_the_parent_goal_by_title_and_undo_takes_it_back(demo_db):
    text = (
        "mål_id;tittel;overordnet_mal\n"
        "hmn-kv-g3;Pasientsikkerhet i kommunene;"
        "Bidra til trygghet og mestring hos pasienter, pårørende og ansatte\n"
        "hmn-kv-g1;Eierskap til pasientsikkerhetsarbeidet på alle nivåer;hmn-g1\n"
    )
    done = commit(demo_db, _goals(text, "hmn-kvalitet-2026h2"), by="test")
    assert done.preview.counts["added"] == 1 and done.preview.counts["changed"] == 1
    parents = dict(
        demo_db.sql(
            "SELECT id, parent_goal_id FROM goal WHERE id IN ('hmn-kv-g1', 'hmn-kv-g3')"
        ).itertuples(index=False)
    )
    assert parents == {"hmn-kv-g3": "hmn-g5", "hmn-kv-g1": "hmn-g1"}
    undo(demo_db, done.batch_id, by="test")
    assert programmes.parent_goal(demo_db, "hmn-kv-g1")["id"] == "hmn-g2"
    assert demo_db.scalar("SELECT count(*) FROM goal WHERE id = 'hmn-kv-g3'") == 0


@pytest.mark.parametrize(
    ("plan", "value", "code"),
    [
        ("hmn-kvalitet-2026h2", "Et mål som ikke finnes", "parent_goal_not_in_parent"),
        ("hmn-kvalitet-2026h2", "his-g1", "parent_goal_not_in_parent"),  # another plan's
        ("his-2025", "hmn-g1", "parent_goal_no_parent_plan"),
    ],
)
def test_a_parent_goal_outside_the_parent_plan_is_refused_at_its_line_and_column(
    demo_db, plan, value, code
):
    before = demo_db.sql("SELECT id, parent_goal_id FROM goal ORDER BY id").values.tolist()
    text = f"mål_id;tittel;overordnet_mal\nny-g1;Et nytt mål;\nny-g2;Et mål til;{value}\n"
    result = preview(demo_db, _goals(text, plan))
    assert [(p.line, p.column, p.value, p.code) for p in result.problems] == [
        (3, "overordnet_mal", value, code)
    ]
    t = Translator("nb")
    assert problem_text(result.problems[0], t) == message(f"problem.{code}", "nb")
    assert demo_db.sql("SELECT id, parent_goal_id FROM goal ORDER BY id").values.tolist() == before


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_goals_template_of_a_programme_plan_names_its_parent_goals_and_comes_back(
    demo_db, lang
):
    from dashboard import exports
    from dashboard.ingest import templates

    plan = "hmn-effektivisering-2026h2"
    frame = templates.template(demo_db, "goals", plan, TODAY, lang)
    assert frame.iloc[:, -1].tolist() == ["hmn-g1", "hmn-g6"]
    result = preview(demo_db, Upload(exports.to_csv(frame), "maal.csv", plan, today=TODAY))
    assert result.problems == [] and result.ignored == []
    assert result.mapping["parent_goal"] == templates.HEADERS["goals"][lang][-1]
    assert result.counts["unchanged"] == 2 and result.counts["changed"] == 0


# --- the parent goal in the goals editor -------------------------------------------


def test_the_goals_editor_sets_the_parent_goal_and_refuses_one_outside_the_parent_plan(demo_db):
    from dashboard import edits

    plan = "hmn-ehelse-2026h2"
    before = edits.shown(demo_db, "goals", plan)
    assert before["parent_goal"].tolist() == [
        programmes.parent_goal(demo_db, g)["title"] for g in before["id"]
    ]
    assert (
        edits.choices(demo_db, plan)["parent_goal"]
        == queries.goals(demo_db, "hmn-2026")["title"].tolist()
    )
    after = before.copy()
    after.loc[1, "parent_goal"] = "Tydeligere profil"  # a goal of another plan (HIS)
    refused = edits.preview(demo_db, "goals", before, after, plan_id=plan)
    assert [(p.row, p.column, p.code) for p in refused.problems] == [
        (2, "parent_goal", "parent_goal_not_in_parent")
    ]
    assert refused.problems[0].text("nb") == (
        "Rad 2, Bidrar til: ikke et mål i den overordnede planen. Velg et av målene der, "
        "eller la cellen stå tom."
    )
    after.loc[1, "parent_goal"] = "bidra til trygghet og mestring hos pasienter, pårørende og "
    after.loc[1, "parent_goal"] += "ansatte"  # any case, as the upload reads it
    ok = edits.preview(demo_db, "goals", before, after, plan_id=plan)
    assert ok.ok and [c.column for c in ok.changed[0].changes] == ["parent_goal"]
    batch = edits.commit_edit(demo_db, ok, by="sekretariatet")
    goal_id = before.loc[1, "id"]
    assert programmes.parent_goal(demo_db, goal_id)["id"] == "hmn-g5"
    undo(demo_db, batch, by="sekretariatet")
    assert programmes.parent_goal(demo_db, goal_id)["id"] == "hmn-g3"


def test_a_plan_without_a_parent_offers_no_parent_goal(demo_db):
    from dashboard import edits

    assert edits.choices(demo_db, "his-2025")["parent_goal"] == []
    assert edits.shown(demo_db, "goals", "his-2025")["parent_goal"].isna().all()


# --- reporting periods -------------------------------------------------------------

BOUNDARIES = [
    # day, tertial start, tertial label, half start, half label (nb)
    (dt.date(2026, 4, 30), dt.date(2026, 1, 1), "T1 2026", dt.date(2026, 1, 1), "1. halvår 2026"),
    (dt.date(2026, 5, 1), dt.date(2026, 5, 1), "T2 2026", dt.date(2026, 1, 1), "1. halvår 2026"),
    (dt.date(2026, 8, 31), dt.date(2026, 5, 1), "T2 2026", dt.date(2026, 7, 1), "2. halvår 2026"),
    (dt.date(2026, 9, 1), dt.date(2026, 9, 1), "T3 2026", dt.date(2026, 7, 1), "2. halvår 2026"),
    (dt.date(2026, 12, 31), dt.date(2026, 9, 1), "T3 2026", dt.date(2026, 7, 1), "2. halvår 2026"),
]


@pytest.mark.parametrize(("day", "tertial", "t_label", "half", "h_label"), BOUNDARIES)
def test_tertial_and_half_year_boundaries(day, tertial, t_label, half, h_label):
    t = Translator("nb")
    assert formats.period_start(day, "tertial") == tertial
    assert formats.period_start(day, "half") == half
    assert t.period(formats.period_start(day, "tertial"), "tertial") == t_label
    assert t.period(formats.period_start(day, "half"), "half") == h_label


@pytest.mark.parametrize(
    ("lang", "tertial", "half"),
    [("nb", "T3 2026", "2. halvår 2026"), ("nn", "T3 2026", "2. halvår 2026"),
     ("en", "T3 2026", "H2 2026")],
)  # fmt: skip
def test_period_labels_in_each_language(lang, tertial, half):
    t = Translator(lang)
    assert t.period(dt.date(2026, 9, 1), "tertial") == tertial
    assert t.period(dt.date(2026, 7, 1), "half") == half
    assert periods.reporting_periods(dt.date(2026, 11, 23), t) == f"{tertial} · {half}"


def test_channel_figures_fall_into_the_tertial_and_half_year_sql_computes(demo_db):
    for number, (day, *_rest) in enumerate(BOUNDARIES, start=1):
        demo_db.sql(
            "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value) "
            "VALUES ('hmn-media', $d, $d, 'posts', $v)",
            {"d": day, "v": 10**number},
        )
    filters = queries.Filters("hmn-2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for grain, column in (("tertial", 1), ("half", 3)):
        series = queries.channel_series(demo_db, filters, grain)
        posts = series[(series["metric"] == "posts") & (series["channel_id"] == "hmn-media")]
        got = {b.date(): v for b, v in zip(posts["bucket"], posts["value"], strict=True)}
        expected: dict[dt.date, float] = {}
        for number, row in enumerate(BOUNDARIES, start=1):
            expected[row[column]] = expected.get(row[column], 0) + 10**number
        assert got == expected, grain


def test_since_choices_are_the_starts_of_the_periods_the_status_date_is_in():
    starts = periods.since_choices(dt.date(2026, 11, 23))
    assert starts == {
        "@tertial": dt.date(2026, 9, 1),
        "@half": dt.date(2026, 7, 1),
        "@quarter": dt.date(2026, 10, 1),
        "@year": dt.date(2026, 1, 1),
    }
    t = Translator("nb")
    assert (
        periods.since_label("@half", starts["@half"], t) == "Starten av 2. halvår 2026 (01.07.2026)"
    )


# --- the pages ---------------------------------------------------------------------


def test_oversikt_of_the_regional_plan_rolls_up_its_programmes(demo_env):
    at = run_page(plan="hmn-2026")
    from dashboard.ui import state

    db = state.database()
    rows = list(db.sql(_MEASURES_SQL, {"d": TODAY, "parent": "hmn-2026"}).itertuples(index=False))
    t = Translator("nb")
    assert any(s.value == "Programmer" for s in at.subheader)
    table = next(d.value for d in at.dataframe if "Statusdato" in d.value.columns)
    names = dict(db.sql("SELECT id, name FROM plan WHERE parent_id = 'hmn-2026'").values)
    shown = table.set_index("Plan")
    for plan_id, name in names.items():
        measures, overdue, progress = _by_hand([r for r in rows if r.plan_id == plan_id])
        assert shown.loc[name, "Tiltak"] == t.number(measures)
        assert shown.loc[name, "Forfalt"] == t.number(overdue)
        assert shown.loc[name, "Fremdrift"] == t.percent(progress)
    measures, overdue, progress = _by_hand(rows)
    overall = shown.loc["Samlet (vektet etter tiltak)"]
    assert (overall["Tiltak"], overall["Fremdrift"]) == (t.number(measures), t.percent(progress))
    assert message("programmes.rule", "nb") in texts(at)
    # the red thread: the regional goal served by two programmes, with their measures
    thread = next(e for e in at.expander if e.label.startswith("Bidra til at arbeidet med"))
    assert "2 mål i planene under bidrar · 4 tiltak" in thread.label
    assert "Eierskap til pasientsikkerhetsarbeidet på alle nivåer" in texts(thread)
    delayed = db.sql(
        "SELECT title FROM measure WHERE id IN (SELECT id FROM measure WHERE goal_id = 'hmn-kv-g1')"
        " AND due_date < $d ORDER BY id",
        {"d": TODAY},
    )["title"].tolist()
    for title in delayed:  # shown with its status word and marked overdue when still open
        line = next(x for x in texts(thread).splitlines() if title in x)
        assert "Forsinket" in line or "Fullført" in line, line
    assert "⚠ Forfalt" in texts(thread)
    assert not _english_or_raw(at)


def test_a_programme_goal_says_which_regional_goal_it_serves(demo_env):
    at = run_page("pages/mal.py", plan="hmn-kvalitet-2026h2", goal="hmn-kv-g1")
    assert (
        "Bidrar til: Bidra til at arbeidet med pasientsikkerhet, effektivisering og "
        "virksomhetsutvikling og innføring av eHelse forankres på alle nivåer internt og "
        "kommuniseres godt eksternt (Regional kommunikasjonsstrategi Helse Midt-Norge – "
        "handlingsplan 2026)"
    ) in texts(at)
    assert not any(s.value == "Programmer" for s in at.subheader)
    assert not _english_or_raw(at)


def test_the_report_names_the_tertial_and_half_year_of_its_status_date(demo_db):
    from tests.helpers import make

    t = Translator("nb")
    report, _name, _data = make(demo_db, "hmn-2026", None, TODAY, t, "docx")
    # 23.11.2026 is in the third tertial (September–December) and the second half-year
    assert dict(report.meta)["Rapporteringsperiode"] == "T3 2026 · 2. halvår 2026"


def test_kanaler_sums_a_tertial_as_the_database_does(demo_env):
    from dashboard.ui import state

    at = run_page("pages/kanaler.py", metric="visitors", grain="tertial")
    value = state.database().scalar(
        "SELECT sum(value) FROM channel_metric WHERE channel_id = 'his-nettside' "
        "AND metric = 'visitors' AND period_start BETWEEN DATE '2025-01-01' AND DATE '2025-04-30'"
    )
    figures = next(df.value for df in at.dataframe if "T1 2025" in df.value.columns)
    row = figures[figures["Kanal"] == "Nettside"].iloc[0]
    assert row["T1 2025"] == Translator("nb").number(value)
    assert "T2 2025" in figures.columns and "T3 2025" in figures.columns
