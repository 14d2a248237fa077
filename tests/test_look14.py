"""What looking at issue 14's views on the demo plans found, fixed and kept fixed: goal
titles on a chart's axis at most two short lines (the whole title in the hover and the
text alternative), and warnings that name many goals as one line with the names a
click away."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts
from dashboard.chart_alt import describe
from dashboard.i18n import Translator
from tests.helpers import plain, run_page

#: Helse Midt-Norge's goal titles as its strategy words them (data/demo), the longest first.
LONG = (
    "Bidra til at arbeidet med pasientsikkerhet, effektivisering og virksomhetsutvikling og "
    "innføring av eHelse forankres på alle nivåer internt og kommuniseres godt eksternt"
)
TITLES = [
    LONG,
    "Gjøre egen organisasjon, samarbeidspartnere og befolkningen kjent med prosesser og "
    "beslutninger i rett tid",
    "Bidra til trygghet og mestring hos pasienter, pårørende og ansatte",
    "Mediearbeid",
]


@pytest.mark.parametrize("title", [*TITLES, "Økt tillit <b>nå</b> & alltid", "x" * 80])
def test_an_axis_label_is_at_most_two_lines_of_the_titles_own_words(title):
    label = charts.axis_label(title)
    lines = label.split("<br>")
    assert 1 <= len(lines) <= charts.AXIS_LINES
    shown = [line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for line in lines]
    assert all(len(line) <= charts.AXIS_WIDTH for line in shown), shown
    words = " ".join(shown).removesuffix(charts.ELLIPSIS)
    if len(title) <= charts.AXIS_WIDTH:
        assert shown == [title]  # a short title as it is
    elif shown[-1].endswith(charts.ELLIPSIS):
        assert title.startswith(words) and len(words) < len(title)  # its beginning
    else:
        assert words == title  # two lines held it whole


def test_an_axis_label_shows_tags_as_text():
    assert charts.axis_label("Økt <b>tillit</b>") == "Økt &lt;b&gt;tillit&lt;/b&gt;"


def test_titles_that_begin_alike_stay_apart_on_the_axis():
    twins = [LONG, LONG.replace("eksternt", "internt"), "Kort"]
    labels = charts.axis_labels(twins)
    assert labels[0].strip("\u200b") == labels[1].strip("\u200b")  # they look the same …
    assert len(set(labels)) == 3  # … and are two rows


@pytest.mark.parametrize("chart", ["progress", "status"])
def test_a_chart_of_long_goal_titles_keeps_each_title_whole_in_its_hover_and_text(chart):
    t = Translator("nb")
    summary = pd.DataFrame(
        {
            "goal_title": TITLES,
            "progress": [78, 100, 70, None],
            **{s: [1, 0, 2, 0] for s in ("on_track", "at_risk", "delayed", "not_started")},
            **{s: [0, 0, 0, 0] for s in ("stale", "done", "cancelled")},
        }
    )
    if chart == "progress":
        figure = charts.goal_progress(summary, t)
    else:
        figure = charts.status_by_group(summary, "goal_title", t)
    data = [trace for trace in figure.data if trace.hoverinfo != "skip"]
    for trace in data:
        assert [row[0] for row in trace.customdata] == TITLES  # the hover's title
        assert "customdata[0]" in trace.hovertemplate
        assert all(label.count("<br>") < charts.AXIS_LINES for label in trace.y)
    _sentence, table = describe(figure, t)
    assert table["Gjelder"].tolist() == TITLES  # the text alternative names them whole
    if chart == "progress":
        assert table["Verdi"].tolist() == ["78\u00a0%", "100\u00a0%", "70\u00a0%", "–"]


def test_oversikt_counts_the_goals_on_activity_alone_in_one_line_and_names_them_below(
    demo_env,
):
    from dashboard.ui import state

    at = run_page(plan="hmn-2026")
    db = state.database()
    goals = db.sql(
        "SELECT title FROM goal g WHERE plan_id = 'hmn-2026' "
        "AND NOT EXISTS (SELECT 1 FROM goal_kpi k WHERE k.goal_id = g.id) ORDER BY sort_order"
    )["title"].tolist()
    total = db.scalar("SELECT count(*) FROM goal WHERE plan_id = 'hmn-2026'")
    assert len(goals) > 1
    warnings = [plain(w.value) for w in at.warning]
    line = f"{len(goals)} av {total} mål måles bare med aktivitet – ingen resultatmål."
    assert line in warnings
    assert not any(goals[0] in w for w in warnings)  # no title fills the warning
    listed = [
        plain(m.value)
        for e in at.expander
        if e.label == f"Hvilke mål ({len(goals)})"
        for m in e.markdown
    ]
    assert "\n".join(f"- {title}" for title in goals) in listed


def test_the_timeline_keeps_long_measure_titles_to_two_lines_and_whole_in_its_text():
    import datetime as dt

    t = Translator("nb")
    titles = [
        "Invitere medarbeidere og de unges råd til å utvikle bruk av sosiale medier for "
        "toveisdialog",
        "Vurdere å tilsette kommunikasjonsmedarbeider",
    ]
    states = pd.DataFrame(
        {
            "title": titles,
            "status": ["not_started", "cancelled"],
            "start_date": [dt.date(2026, 1, 1), dt.date(2025, 3, 1)],
            "due_date": [dt.date(2026, 12, 31), dt.date(2025, 12, 31)],
        }
    )
    figure = charts.due_timeline(states, dt.date(2026, 11, 23), t)
    labels = [label for trace in figure.data for label in trace.y]
    assert all(label.count("<br>") < 2 for label in labels)
    _sentence, table = describe(figure, t)
    assert sorted(table["Gjelder"]) == sorted(titles)
    assert "01.01.2026 – 31.12.2026" in table.to_string()


def _in_order(node):
    """The page's elements in the order they are drawn (depth first)."""
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _in_order(child)


def test_mal_of_a_regional_goal_shows_its_own_figures_before_the_thread_below_it(demo_env):
    at = run_page("pages/mal.py", plan="hmn-2026", goal="hmn-g2")
    shown = [
        (e.type, getattr(e, "label", None) or getattr(e, "value", None)) for e in _in_order(at.main)
    ]
    activity = shown.index(("metric", "Aktivitet"))
    thread = shown.index(("subheader", "Den røde tråden"))
    assert activity < thread  # the goal's own figures on the first screen, the thread after
    assert any(e.label.startswith("Bidra til at arbeidet med") for e in at.expander)


@pytest.mark.parametrize(
    ("title", "shown"),
    [("Ny nettside", "his-t05 «Ny nettside»"), (None, "his-t05"), (float("nan"), "his-t05"),
     ("", "his-t05")],
)  # fmt: skip
def test_a_measure_is_named_by_id_and_title_the_same_way_everywhere(title, shown):
    from dashboard.labels import measure_label

    assert measure_label("his-t05", title) == shown


def test_mal_shows_a_targets_figures_first_and_not_the_goal_it_is_on(demo_env):
    at = run_page("pages/mal.py", plan="hdir-2026", goal="hdir-g5")
    table = next(d.value for d in at.dataframe if "Måltall" in d.value.columns)
    assert table.columns[0] == "Måltall" and "Mål" not in table.columns
    assert table.columns[1:4].tolist() == ["Målverdi", "Resultat", "Oppnådd"]
    # the figures as the database has them: the goal's targets, one row each
    from dashboard.ui import state

    n = state.database().scalar("SELECT count(*) FROM goal_kpi WHERE goal_id = 'hdir-g5'")
    assert len(table) == n


def _warnings_script():
    from dashboard.ui import notices

    names = ["Pressen", "Innbyggere", "Ansatte <b>alle</b>"]
    notices.named_warning("Ingen tiltak eller kanal når 3 av 8 målgrupper.", names,
                          which="Hvilke målgrupper (3)", icon=":material/warning:")  # fmt: skip
    notices.named_warning("1 av 8", ["Pressen"], which="Hvilke (1)", icon=":material/warning:",
                          single="Ingen tiltak eller kanal når: Pressen")  # fmt: skip


def test_a_warning_naming_many_is_one_line_with_the_names_listed_under_it():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_warnings_script).run()
    assert [w.value for w in at.warning] == [
        "Ingen tiltak eller kanal når 3 av 8 målgrupper.",
        "Ingen tiltak eller kanal når: Pressen",  # one name: the sentence naming it
    ]
    (listed,) = at.expander
    assert listed.label == "Hvilke målgrupper (3)"
    assert plain(listed.markdown[0].value) == "- Pressen\n- Innbyggere\n- Ansatte <b>alle</b>"


def _monthly(first: str, months: int) -> pd.DataFrame:
    buckets = pd.date_range(first, periods=months, freq="MS").date
    rows = [("Nettside", "visitors", b, 100.0 + i) for i, b in enumerate(buckets)]
    rows += [("Nyhetsbrev", "visitors", b, 7.0) for b in buckets[::2]]  # gaps between
    return pd.DataFrame(rows, columns=["channel", "metric", "bucket", "value"])


def test_a_month_axis_lets_plotly_space_nb_month_names_by_the_charts_width():
    t = Translator("nb")
    series = _monthly("2025-01-01", 22)
    lines = charts.channel_lines(series, "visitors", "month", t)
    scope = series.assign(scope_name="Ekstern")
    bars = charts.grouped_bars(scope, "bucket", "visitors", t, by="scope_name", grain="month")
    for figure in (lines, bars):
        axis = figure.layout.xaxis
        # a date axis: plotly thins the labels out by width (no fixed dtick for 22 months)
        assert (axis.type, axis.tickformat, axis.dtick) == ("date", "%b<br>%Y", None)
        # plotly's English month names become bokmål's, as CLDR writes "mars 2025"
        assert axis.labelalias["Mar<br>2025"] == "mars<br>2025"
        assert axis.labelalias["Sep<br>2026"] == "sep.<br>2026"
        assert len(axis.labelalias) == 24  # the 22 months and one either side
        assert axis.labelalias["Dec<br>2024"] == "des.<br>2024"
    _, table = describe(lines, t)  # the text alternative names the months in words
    assert table.iloc[2].tolist() == ["mars 2025", "102", "7"]
    assert table.iloc[3].tolist() == ["apr. 2025", "103", ""]  # a gap is no figure

    few = charts.channel_lines(_monthly("2026-04-01", 8), "visitors", "month", t).layout.xaxis
    assert (few.dtick, few.ticklabelstep) == ("M1", 2)  # months, every other one named


def test_a_month_without_figures_between_others_is_named_in_bokmal_too():
    t = Translator("nb")
    series = _monthly("2025-01-01", 12)
    summer = series[~series["bucket"].map(lambda b: b.month in (6, 7))]  # no figures
    axis = charts.channel_lines(summer, "visitors", "month", t).layout.xaxis
    assert axis.labelalias["Jun<br>2025"] == "juni<br>2025"
    assert axis.labelalias["Jul<br>2025"] == "juli<br>2025"
    assert axis.labelalias["Jan<br>2026"] == "jan.<br>2026"  # the padding after December


def test_quarters_stay_one_label_each():
    t = Translator("nb")
    series = _monthly("2025-01-01", 6).assign(
        bucket=lambda f: [pd.Timestamp(b).to_period("Q").start_time.date() for b in f["bucket"]]
    )
    axis = charts.channel_lines(series, "visitors", "quarter", t).layout.xaxis
    assert axis.type is None and list(axis.categoryarray) == ["K1 2025", "K2 2025"]
