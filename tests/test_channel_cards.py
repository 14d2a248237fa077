"""Kanaler's first view: every channel with its own headline figure and its trend.

The figures are computed here with pandas over the stored rows, independently of
dashboard/sql/channel_headlines.sql, and compared with what the page shows.
"""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from streamlit.proto.Metric_pb2 import Metric

from dashboard import queries
from dashboard.i18n import Translator
from dashboard.inert import plain
from dashboard.ui import state
from dashboard.ui.channel_cards import change_text
from tests.conftest import TODAY
from tests.helpers import run_page

NB = Translator("nb")
#: The period Kanaler opens on for the HIS plan: the plan's start to today.
START, END = dt.date(2025, 1, 1), TODAY
#: The figure a person expects at the head of each HIS channel (the issue's examples).
EXPECTED_HIS = {
    "Nettside": "visitors",
    "Nyhetsbrev": "subscribers",
    "Sosiale kanaler": "reach",
    "Arrangement og konferanser": "participants",
    "Foredrag": "participants",
    "Media": "mentions",
    "Faglige tidsskrift": "posts",
    "Internmøter": "participants",
    "Teams (intern)": "participants",
}
WORDS = {"visitors": "Besøkende", "subscribers": "Abonnenter", "reach": "Rekkevidde",
         "participants": "Deltakere", "mentions": "Omtaler", "posts": "Innlegg"}  # fmt: skip


def his_rows() -> pd.DataFrame:
    """Every stored figure of the HIS organisation's channels, audiences summed per date."""
    raw = state.database().sql(
        "SELECT c.name AS channel, cm.metric, cm.period_start, cm.value "
        "FROM channel_metric cm JOIN channel c ON c.id = cm.channel_id "
        "WHERE c.organisation_id = 'his'"
    )
    raw["period_start"] = pd.to_datetime(raw["period_start"]).dt.date
    return raw.groupby(["channel", "metric", "period_start"], as_index=False)["value"].sum()


def figure(rows: pd.DataFrame, metric: str, start: dt.date, end: dt.date) -> float:
    """Flows summed over the period; a stock's latest value in it."""
    rows = rows[(rows["metric"] == metric) & rows["period_start"].between(start, end)]
    if metric in ("subscribers", "followers"):
        return rows.sort_values("period_start")["value"].iloc[-1]
    return rows["value"].sum()


def cards(at) -> dict[str, object]:
    """The page's channel cards by their label ("Nettside: Besøkende")."""
    return {plain(m.label): m for m in at.metric}


@pytest.fixture
def his_page(demo_env):
    return run_page("pages/kanaler.py")


def test_every_his_channel_with_figures_shows_its_own_headline_figure(his_page):
    rows = his_rows()
    shown = cards(his_page)
    in_period = rows[rows["period_start"].between(START, END)]
    assert {label.split(": ")[0] for label in shown} == set(in_period["channel"])
    assert set(EXPECTED_HIS) == set(in_period["channel"])
    for channel, metric in EXPECTED_HIS.items():
        expected = figure(rows[rows["channel"] == channel], metric, START, END)
        card = shown[f"{channel}: {WORDS[metric]}"]
        assert card.value == NB.number(expected), channel
    # The website's visitors, not its page views; the newsletter's latest subscriber count.
    nettside = rows[(rows["channel"] == "Nettside") & (rows["metric"] == "visitors")]
    assert shown["Nettside: Besøkende"].value == NB.number(nettside["value"].sum())
    assert "Nettside: Sidevisninger" not in shown


def test_the_trend_compares_the_same_months_a_year_before(his_page):
    rows = his_rows()
    shown = cards(his_page)
    for channel, metric in (("Nettside", "visitors"), ("Nyhetsbrev", "subscribers")):
        mine = rows[(rows["channel"] == channel) & (rows["metric"] == metric)]
        by_date = dict(zip(mine["period_start"], mine["value"], strict=True))
        pairs = [
            (d, v, by_date[d.replace(year=d.year - 1)])
            for d, v in by_date.items()
            if START <= d <= END and d.replace(year=d.year - 1) in by_date
        ]
        assert len(pairs) >= 6, "the demo has both years for this channel"
        if metric == "subscribers":  # a stock: the latest month against a year before
            _, now, before = max(pairs)
        else:
            now, before = sum(p[1] for p in pairs), sum(p[2] for p in pairs)
        change = now / before - 1
        card = shown[f"{channel}: {WORDS[metric]}"]
        sign = "+" if change > 0 else "−"
        decimals = 1 if abs(change) < 0.1 else 0
        assert card.delta == sign + NB.percent(abs(change) * 100, decimals), channel
        words = "opp fra i fjor" if change > 0 else "ned fra i fjor"
        assert card.proto.delta_description == words
        # What was compared is said in words, with both figures.
        assert f"{NB.number(now)} mot {NB.number(before)}" in "\n".join(
            c.value for c in his_page.caption
        )
    assert shown["Nettside: Besøkende"].delta.startswith("+")  # the demo's site grows
    # A fall is red and a rise green (the text's minus is "−", which Streamlit did not
    # read as a sign: a fall of 44 % was painted green); no change is grey.
    colour = {"+": Metric.GREEN, "−": Metric.RED, "±": Metric.GRAY}
    assert {label: card.proto.color for label, card in shown.items() if card.delta} == {
        label: colour[card.delta[0]] for label, card in shown.items() if card.delta
    }
    assert any(card.delta.startswith("−") for card in shown.values())  # the demo has falls


def test_channels_without_figures_are_named_and_the_secretariat_led_to_upload(demo_env):
    at = run_page("pages/kanaler.py", role="secretariat")
    silent = state.database().sql(
        "SELECT scope, name FROM channel c WHERE organisation_id = 'his' AND NOT EXISTS "
        "(SELECT 1 FROM channel_metric cm WHERE cm.channel_id = c.id) ORDER BY scope, name"
    )
    assert "E-post" in set(silent["name"])
    markdown = [plain(m.value) for m in at.markdown]
    for scope, group in silent.groupby("scope"):
        sentence = "Ingen tall i perioden for: " + ", ".join(group["name"]) + "."
        heading = "#### " + ("Eksterne kanaler" if scope == "external" else "Interne kanaler")
        assert sentence in markdown, scope
        assert markdown.index(sentence) > markdown.index(heading)  # under its own group
    assert "E-post" not in {plain(m.label).split(": ")[0] for m in at.metric}
    links = [e.proto.label for e in at.get("page_link")]
    assert links.count("Last opp tall") == silent["scope"].nunique()
    # A reader who cannot upload is told who can, in words, and gets no link.
    viewer = run_page("pages/kanaler.py", role="viewer")
    assert "Last opp tall" not in [e.proto.label for e in viewer.get("page_link")]
    assert "Sekretariatet kan laste opp tall under «Last opp»." in [c.value for c in viewer.caption]


@pytest.mark.parametrize("plan", ["his-2025", "ho21-2020", "tynset-2025"])
def test_the_detail_never_opens_on_an_empty_chart(demo_env, plan):
    at = run_page("pages/kanaler.py", plan=plan)
    metric = at.selectbox(key="filter_metric").value
    assert "Ingen kanaltall i perioden for dette utvalget." not in [i.value for i in at.info]
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    points = [y for trace in chart["data"] for y in trace.get("y", []) if y is not None]
    assert points and any(points), (plan, metric)
    # The metric the detail opens on heads at least one channel's card.
    assert any(plain(m.label).endswith(": " + WORDS[metric]) for m in at.metric), metric


def test_choosing_a_channel_moves_the_detail_to_a_metric_it_has(demo_env):
    at = run_page("pages/kanaler.py")
    assert at.selectbox(key="filter_metric").value == "participants"  # most HIS cards
    at.selectbox(key="filter_channel").set_value("his-nettside").run()
    assert not at.exception
    assert at.selectbox(key="filter_metric").value == "visitors"
    assert [plain(m.label) for m in at.metric] == ["Nettside: Besøkende"]
    assert "Ingen kanaltall i perioden for dette utvalget." not in [i.value for i in at.info]
    # A metric picked by hand stays picked when the channel changes.
    at.selectbox(key="filter_metric").set_value("pageviews").run()
    at.selectbox(key="filter_channel").set_value("").run()
    assert at.selectbox(key="filter_metric").value == "pageviews"


def test_one_stray_figure_does_not_take_the_headline(demo_db):
    # E-post has no figures in the demo: ten months of opens and one of visitors.
    with demo_db.write() as cur:
        for month in range(1, 11):
            cur.execute(
                "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value) "
                "VALUES ('his-e-post', $d, $d, 'opens', 100)",
                {"d": dt.date(2026, month, 1)},
            )
        cur.execute(
            "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value) "
            "VALUES ('his-e-post', DATE '2026-03-01', DATE '2026-03-31', 'visitors', 7)"
        )
    heads = queries.channel_headlines(demo_db, queries.Filters("his-2025", START, END))
    row = heads.set_index("channel").loc["E-post"]
    assert (row["metric"], row["value"]) == ("opens", 1000)
    assert pd.isna(row["change"])  # nothing a year before to compare with


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (0.12, ("+12\xa0%", "up", "opp fra i fjor")),
        (-0.004, ("−0,4\xa0%", "down", "ned fra i fjor")),
        (0.0, ("±0\xa0%", "off", "som i fjor")),
        (1.833, ("+183\xa0%", "up", "opp fra i fjor")),
    ],
)
def test_a_change_reads_with_sign_arrow_and_words(change, expected):
    assert change_text(NB, change) == expected
