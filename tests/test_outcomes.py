"""Outcome beside activity (issue 14): target maths, metric levels, and the pages' figures.

The target maths are tables of cases a person can check by hand (up and down targets,
partial periods, missing months, stocks, survey figures). The level mapping is checked
for its defaults, an organisation's change (an edit, one batch) and its undo. The
pages' activity and outcome figures are computed here from the tables with SQL of the
test's own, not through dashboard.queries.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import edits, outcomes, queries
from dashboard.i18n import Translator
from dashboard.ingest.batches import undo
from dashboard.labels import LEVELS, METRICS
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import ACTIVITY_SQL, OUTCOME_SQL, plain, run_page

NB = Translator("nb")


# Target maths, pure ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("actual", "target", "direction", "expected"),
    [
        (30, 60, "up", 50.0),  # half way
        (60, 60, "up", 100.0),  # just met
        (90, 60, "up", 100.0),  # beaten: capped, an overshoot does not hide another target
        (0, 60, "up", 0.0),
        (None, 60, "up", None),  # no figure is not zero
        (float("nan"), 60, "up", None),
        (20, 10, "down", 50.0),  # twice the allowed figure: half way
        (10, 10, "down", 100.0),
        (5, 10, "down", 100.0),  # below a "down" target: met
        (0, 10, "down", 100.0),  # none at all: met (the share has no divisor)
        (None, 10, "down", None),
        (5, 0, "up", 100.0),  # a zero "up" target is met by anything
        (40, 0, "down", 0.0),  # a zero "down" target not met: no share to give
    ],
)
def test_one_targets_progress(actual, target, direction, expected):
    assert outcomes.target_progress(actual, target, direction) == expected


@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        ([(30, 60, "up"), (60, 60, "up")], 75.0),
        ([(30, 60, "up"), (None, 60, "up")], 50.0),  # a target without a figure waits
        ([(90, 60, "up"), (20, 10, "down")], 75.0),
        ([(None, 60, "up")], None),
        ([], None),
    ],
)
def test_a_goals_outcome_progress_is_the_mean_of_its_targets(targets, expected):
    assert outcomes.outcome_progress(targets) == expected


# Target maths in the query: periods, months, stocks and surveys --------------------

JAN, FEB, MAR, APR = (dt.date(2026, m, 1) for m in (1, 2, 3, 4))


def _plan(db) -> None:
    with db.write() as cur:
        cur.execute("INSERT INTO organisation (id, name) VALUES ('o', 'Org')")
        cur.execute("INSERT INTO plan (id, organisation_id, name) VALUES ('p', 'o', 'Plan')")
        cur.execute("INSERT INTO goal (id, plan_id, title) VALUES ('g', 'p', 'Mål')")
        cur.execute(
            "INSERT INTO channel (id, organisation_id, name, scope) VALUES "
            "('web', 'o', 'Nettside', 'external'), ('svy', 'o', 'Undersøkelse', 'external')"
        )


def _figures(db, channel: str, metric: str, rows: list[tuple]) -> None:
    """rows: (month start, value[, target group, sample size]) as monthly figures."""
    with db.write() as cur:
        for start, value, *rest in rows:
            audience, sample = [*rest, None, None][:2]
            end = (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
            cur.execute(
                "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, "
                "value, audience_id, sample_size) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [channel, start, end, metric, value, audience, sample],
            )


def _target(db, channel, metric, target, direction="up", start=JAN, end=dt.date(2026, 12, 31)):
    with db.write() as cur:
        cur.execute(
            "INSERT INTO goal_kpi (goal_id, channel_id, metric, target, period_start, "
            "period_end, direction) VALUES ('g', ?, ?, ?, ?, ?, ?)",
            [channel, metric, target, start, end, direction],
        )


def _kpi(db, as_of: dt.date) -> pd.Series:
    rows = queries.goal_kpis(db, queries.Filters("p", JAN, as_of))
    assert len(rows) == 1
    return rows.iloc[0]


KPI_CASES = [
    # id, channel, metric, direction, target, figures, as of, actual, progress
    ("flow, whole year so far", "web", "visitors", "up", 1000,
     [(JAN, 100), (FEB, 200), (MAR, 300)], dt.date(2026, 12, 31), 600, 60.0),
    ("flow, partial period: only months up to the as-of date", "web", "visitors", "up", 1000,
     [(JAN, 100), (FEB, 200), (MAR, 300)], dt.date(2026, 2, 15), 300, 30.0),
    ("flow, a missing month counts nothing (no guess)", "web", "visitors", "up", 1000,
     [(JAN, 100), (MAR, 300)], dt.date(2026, 12, 31), 400, 40.0),
    ("flow, down target over", "web", "mentions", "down", 10,
     [(JAN, 8), (FEB, 12)], dt.date(2026, 12, 31), 20, 50.0),
    ("flow, down target kept", "web", "mentions", "down", 10,
     [(JAN, 3), (FEB, 4)], dt.date(2026, 12, 31), 7, 100.0),
    ("stock, latest month, not the sum", "web", "followers", "up", 500,
     [(JAN, 200), (FEB, 250), (MAR, 240)], dt.date(2026, 12, 31), 240, 48.0),
    ("stock, latest month missing: the one before", "web", "followers", "up", 500,
     [(JAN, 200), (FEB, 250)], dt.date(2026, 3, 31), 250, 50.0),
    ("stock, two figures on its latest date: the greater (as on PostgreSQL)", "web",
     "followers", "up", 500, [(JAN, 300), (FEB, 240), (FEB, 250)], dt.date(2026, 12, 31),
     250, 50.0),
    ("survey, the latest survey in the period", "svy", "trust", "up", 70,
     [(JAN, 60, None, 1000), (APR, 63, None, 1200)], dt.date(2026, 12, 31), 63, 90.0),
    ("survey, partial period: the survey before the as-of date", "svy", "trust", "up", 70,
     [(JAN, 56, None, 1000), (APR, 63, None, 1200)], dt.date(2026, 3, 31), 56, 80.0),
    ("survey, no survey yet: no figure", "svy", "awareness", "up", 50,
     [(APR, 40, None, 800)], dt.date(2026, 3, 31), None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("channel", "metric", "direction", "target", "figures", "as_of", "actual", "progress"),
    [case[1:] for case in KPI_CASES],
    ids=[case[0] for case in KPI_CASES],
)
def test_target_maths_over_periods_and_months(
    db, channel, metric, direction, target, figures, as_of, actual, progress
):
    _plan(db)
    _figures(db, channel, metric, figures)
    _target(db, channel, metric, target, direction)
    row = _kpi(db, as_of)
    assert (None if pd.isna(row["actual"]) else row["actual"]) == actual
    assert outcomes.target_progress(row["actual"], row["target"], row["direction"]) == progress


def test_a_surveys_target_groups_are_averaged_and_their_answers_added(db):
    _plan(db)
    with db.write() as cur:
        cur.execute(
            "INSERT INTO audience (id, organisation_id, name, scope) VALUES "
            "('a1', 'o', 'Innbyggere', 'external'), ('a2', 'o', 'Helsetjenesten', 'external')"
        )
    _figures(db, "svy", "awareness", [(JAN, 20, "a1", 500), (MAR, 30, "a1", 600),
                                      (MAR, 50, "a2", 400)])  # fmt: skip
    _target(db, "svy", "awareness", 50)
    row = _kpi(db, dt.date(2026, 12, 31))
    assert row["actual"] == 40  # (30 + 50) / 2: the March survey, not January's
    assert row["sample_size"] == 1000


# Metric levels ----------------------------------------------------------------------

DEFAULTS = [
    ("posts", "output"),
    ("impressions", "output"),
    ("reach", "outtake"),
    ("visitors", "outtake"),
    ("opens", "outtake"),
    ("clicks", "outtake"),
    ("participants", "outtake"),
    ("followers", "outtake"),
    ("mentions", "outtake"),
    ("awareness", "outcome"),
    ("trust", "outcome"),
    ("positive_coverage", "outcome"),
    ("satisfaction", "outcome"),
]


@pytest.mark.parametrize(("metric", "level"), DEFAULTS)
def test_default_levels(demo_db, metric, level):
    assert outcomes.default_level(metric) == level
    assert outcomes.metric_levels(demo_db, "his-2025")[metric] == level


def test_every_metric_has_a_level_with_words():
    assert {m.level for m in METRICS} <= set(LEVELS)
    assert {m.id for m in METRICS} >= {"awareness", "trust", "positive_coverage", "satisfaction"}
    for level in LEVELS:
        assert NB(f"level.{level}") != f"level.{level}"


def _set_level(frame: pd.DataFrame, metric: str, level: str) -> pd.DataFrame:
    frame = frame.copy()
    frame.loc[frame["id"] == metric, "level"] = level
    return frame


def test_an_organisation_changes_a_level_and_undo_puts_the_default_back(demo_db):
    db = demo_db
    # his-g1's only targets are website visitors (out-take): an outcome is measured
    filters = queries.Filters("his-2025", JAN, dt.date(2026, 6, 30))
    summary = queries.goal_summary(db, filters, queries.measure_states(db, filters))
    before = outcomes.with_outcomes(db, "his-2025", dt.date(2026, 6, 30), summary)
    g1 = before.set_index("goal_id").loc["his-g1"]
    assert g1["levels"] == ("outtake",) and not g1["activity_only"]

    shown = edits.shown(db, "levels", "his-2025")
    assert shown["id"].tolist() == [m.id for m in METRICS]
    result = edits.preview(
        db, "levels", shown, _set_level(shown, "visitors", "output"), plan_id="his-2025"
    )
    assert result.ok and [(e.id, e.changes[0].new) for e in result.changed] == [
        ("visitors", "output")
    ]
    batch = edits.commit_edit(db, result, by="sekretariatet")
    assert outcomes.metric_levels(db, "his-2025")["visitors"] == "output"
    # the organisation's other plans follow, another organisation's do not
    org = db.scalar("SELECT organisation_id FROM plan WHERE id = 'his-2025'")
    other = db.scalar("SELECT id FROM plan WHERE organisation_id <> $o LIMIT 1", {"o": org})
    assert outcomes.metric_levels(db, other)["visitors"] == "outtake"
    after = outcomes.with_outcomes(db, "his-2025", dt.date(2026, 6, 30), summary)
    g1 = after.set_index("goal_id").loc["his-g1"]
    assert g1["levels"] == ("output",) and g1["activity_only"] and g1["outcome"] is None
    assert db.scalar("SELECT kind FROM import_batch WHERE id = $b", {"b": batch}) == "edit_levels"

    undo(db, batch, by="sekretariatet")
    assert outcomes.metric_levels(db, "his-2025")["visitors"] == "outtake"
    assert db.scalar("SELECT count(*) FROM metric_level") == 0


def test_a_level_edit_refuses_unknown_levels_and_new_rows(demo_db):
    shown = edits.shown(demo_db, "levels", "his-2025")
    bad = _set_level(shown, "reach", "viral")
    added = pd.concat([shown, pd.DataFrame([{"id": None, "metric": "x", "level": "output"}])])
    first = edits.preview(demo_db, "levels", shown, bad, plan_id="his-2025")
    second = edits.preview(demo_db, "levels", shown, added, plan_id="his-2025")
    assert [p.text("nb") for p in first.problems] == [
        "Rad 1, Nivå: ukjent nivå. Velg produksjon, oppmerksomhet, effekt eller samfunnseffekt."
    ]
    assert [(p.row, p.code) for p in second.problems] == [(len(shown) + 1, "fixed_rows")]


# The pages: activity and outcome side by side, against the test's own SQL ------------


def _expected(db, goal_id: str, as_of: dt.date) -> tuple[str, str]:
    params = {"g": goal_id, "as_of": as_of}
    return (
        NB.percent(db.scalar(ACTIVITY_SQL, params)),
        NB.percent(db.scalar(OUTCOME_SQL, params)),
    )


def test_mal_shows_activity_and_outcome_side_by_side(demo_env):
    at = run_page("pages/mal.py", goal="his-g1")
    assert not at.exception
    shown = {m.label: m.value for m in at.metric}
    activity, outcome = _expected(state.database(), "his-g1", TODAY)  # the page's date
    assert (shown["Aktivitet"], shown["Resultat"]) == (activity, outcome)
    assert "Måles på nivåene: Oppmerksomhet (out-take)" in [c.value for c in at.caption]
    assert not at.warning


def test_mal_warns_when_a_goal_rests_on_output_alone(demo_env):
    at = run_page("pages/mal.py", goal="his-g2")  # its one target: impressions
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Resultat"] == "ingen resultatmål"
    assert [w.value for w in at.warning] == [
        "Målet måles bare med aktivitet og produksjonstall – ingen resultatmål for "
        "oppmerksomhet, effekt eller samfunnseffekt."
    ]


def test_oversikt_lists_activity_and_outcome_per_goal(demo_env):
    at = run_page("pages/oversikt.py")
    assert not at.exception
    table = next(d.value for d in at.dataframe if "Resultat (resultatmål)" in d.value.columns)
    db = state.database()
    rows = table.set_index("Mål")
    goals = db.sql("SELECT id, title FROM goal WHERE plan_id = 'his-2025' ORDER BY sort_order")
    activity_only = []
    for goal_id, title in goals.itertuples(index=False):
        activity, outcome = _expected(db, goal_id, TODAY)
        assert rows.loc[title, "Fremdrift"] == activity
        n = db.scalar("SELECT count(*) FROM goal_kpi WHERE goal_id = $g", {"g": goal_id})
        if n == 0:
            assert rows.loc[title, "Resultat (resultatmål)"] == "ingen resultatmål"
        elif goal_id != "his-g2":  # his-g2's one target is on an output metric
            assert rows.loc[title, "Resultat (resultatmål)"] == outcome
        if n == 0 or goal_id == "his-g2":
            activity_only.append(title)
    # (the pace forecast below warns of its own goals; this is the levels' warning: one
    # line with the count, the goals listed in the expander under it)
    assert len(activity_only) > 1
    (warning,) = [w for w in at.warning if "bare med aktivitet" in w.value]
    assert warning.value == (
        f"{len(activity_only)} av {len(goals)} mål måles bare med aktivitet – ingen resultatmål."
    )
    listed = [
        plain(e.markdown[0].value)
        for e in at.expander
        if e.label == f"Hvilke mål ({len(activity_only)})"
    ]
    assert "\n".join(f"- {title}" for title in activity_only) in listed


# Survey results by upload: detection, sample size, problems with line and column ----

SURVEY = (
    "dato;måltall;verdi;utvalg;målgruppe\r\n"
    "01.03.2026;kjennskap;41 %;1 012;Innbyggere\r\n"
    "01.03.2026;tillit;63,5;1 012;Innbyggere\r\n"
    "01.09.2026;kjennskap;44;998;Innbyggere\r\n"
).encode("cp1252")


def test_a_survey_file_is_recognised_and_stores_its_sample_size(demo_db):
    from dashboard.ingest.pipeline import Upload, commit, preview

    surveyed = "SELECT count(*) FROM channel_metric WHERE sample_size IS NOT NULL"
    before = demo_db.scalar(surveyed)  # the demo's own survey results (hdir-2026)
    upload = Upload(SURVEY, "befolkningsundersøkelse.csv", "his-2025", today=TODAY)
    result = preview(demo_db, upload)
    assert result.file_error is None and result.problems == []
    assert (result.kind, result.source_format) == ("metrics", "survey")
    assert result.channel == "Spørreundersøkelse"  # a survey is its own source
    assert result.counts["added"] == 3
    batch = commit(demo_db, upload, by="sekretariatet").batch_id
    rows = demo_db.sql(
        "SELECT m.metric, m.value, m.sample_size, c.name AS channel, a.name AS audience "
        "FROM channel_metric m JOIN channel c ON c.id = m.channel_id "
        "JOIN audience a ON a.id = m.audience_id WHERE m.import_batch_id = $b "
        "ORDER BY m.period_start, m.metric",
        {"b": batch},
    ).values.tolist()
    assert rows == [
        ["awareness", 41.0, 1012, "Spørreundersøkelse", "Innbyggere"],
        ["trust", 63.5, 1012, "Spørreundersøkelse", "Innbyggere"],
        ["awareness", 44.0, 998, "Spørreundersøkelse", "Innbyggere"],
    ]
    assert demo_db.scalar(surveyed) == before + 3
    undo(demo_db, batch, by="sekretariatet")
    assert demo_db.scalar(surveyed) == before


def test_a_bad_sample_size_is_reported_with_its_line_and_column(demo_db):
    from dashboard.ingest import report
    from dashboard.ingest.pipeline import Upload, preview

    data = SURVEY.replace(b"63,5;1 012", b"63,5;mange").replace(b"44;998", b"44;-3")
    result = preview(demo_db, Upload(data, "undersøkelse.csv", "his-2025", today=TODAY))
    assert [(p.line, p.column, p.code) for p in result.problems] == [
        (3, "utvalg", "bad_sample_size"),
        (4, "utvalg", "bad_sample_size"),
    ]
    assert report.problem_text(result.problems[0], NB) == (
        "Utvalget må være et helt antall svar, 1 eller flere (for eksempel 1 000)."
    )


def test_the_board_report_shows_outcome_beside_activity_per_goal(demo_db):
    from dashboard.board.build import for_date
    from dashboard.reports.model import build

    report = build(for_date(demo_db, "his-2025", TODAY), NB, generated=TODAY)
    overview = report.overview
    result_at = overview.columns.index("Resultat (resultatmål)")
    progress_at = overview.columns.index("Fremdrift")
    assert result_at > progress_at  # beside it, in its own column
    by_title = {row[0]: row for row in overview.rows}
    activity, outcome = _expected(demo_db, "his-g1", TODAY)
    g1 = demo_db.scalar("SELECT title FROM goal WHERE id = 'his-g1'")
    assert (by_title[g1][progress_at], by_title[g1][result_at]) == (activity, outcome)
    sections = {s.goal_id: s for s in report.goals}
    assert sections["his-g1"].result_text == outcome
    assert f"Aktivitet: {activity}. Resultat: {outcome} (" in sections["his-g1"].paragraph
    assert sections["his-g2"].paragraph.endswith(
        "Målet måles bare med aktivitet og produksjonstall – ingen resultatmål for "
        "oppmerksomhet, effekt eller samfunnseffekt."
    )
