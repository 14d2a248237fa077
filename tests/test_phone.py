"""The phone journey's links (AppTest), whole KPI rows and the measure cards (pure)."""

from __future__ import annotations

from urllib.parse import parse_qs

import pandas as pd
import pytest

from dashboard import cards
from dashboard.i18n import Translator
from dashboard.inert import plain
from dashboard.ui import layout, state
from tests.helpers import run_page


def _links(at, page: str) -> dict[str, dict[str, str]]:
    """Each page link to ``page``: its label -> its query string as a dict."""
    return {
        plain(link.proto.label): {k: v[0] for k, v in parse_qs(link.proto.query_string).items()}
        for link in at.get("page_link")
        if link.proto.page == page
    }


def test_every_goal_on_oversikt_links_to_its_own_page_with_the_filters(demo_env):
    at = run_page(plan="his-2025", to="2026-06-30")
    goals = state.database().sql(
        "SELECT id, title FROM goal WHERE plan_id = 'his-2025' ORDER BY sort_order"
    )
    links = _links(at, "mal")
    assert len(links) == len(goals)
    for (label, query), (goal_id, title) in zip(
        links.items(), goals.itertuples(index=False), strict=True
    ):
        assert label.startswith(title)
        assert query == {
            "plan": "his-2025", "from": "2025-01-01", "to": "2026-06-30", "goal": goal_id
        }  # fmt: skip


def test_a_goal_link_opens_that_goal_even_after_another_goal_was_shown(demo_env):
    at = run_page("pages/mal.py", plan="his-2025", goal="his-g1")
    assert "Tydeligere profil" in at.title[0].value
    # The link's address, followed in the same session (its widgets remember his-g1).
    at.query_params.update({"plan": "his-2025", "goal": "his-g4"})
    at.switch_page("pages/mal.py").run()
    title = state.database().scalar("SELECT title FROM goal WHERE id = 'his-g4'")
    assert at.title[0].value == f"Mål: {title}"


def test_every_owner_on_ansvarlige_links_to_that_owners_view(demo_env):
    at = run_page("pages/ansvarlige.py", plan="his-2025")
    owners = state.database().sql(
        "SELECT DISTINCT o.id, o.name FROM owner o JOIN measure m ON m.owner_id = o.id "
        "JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = 'his-2025'"
    )
    links = _links(at, "ansvarlige")
    assert {q["owner"] for q in links.values()} == set(owners["id"])
    for label, query in links.items():
        name = owners.set_index("id").loc[query["owner"], "name"]
        assert label.startswith(f"{name} (")
        assert query["plan"] == "his-2025"

    at.query_params.update({"plan": "his-2025", "owner": "his-kommunikasjonsansvarlig"})
    at.switch_page("pages/ansvarlige.py").run()
    assert any("Kommunikasjonsansvarlig" in s.value for s in at.subheader)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (3, [3]),
        (4, [4, 2]),
        (5, [5, 3]),
        (6, [6, 3, 2]),
    ],
)
def test_kpi_cards_always_make_whole_rows(count, expected):
    columns = [c for c, _width in layout.kpi_columns(count)]
    assert columns == expected
    for c in columns[:-1] if count == 5 else columns:
        assert count % c == 0  # no row with a gap (a prime count has one short last row)


def test_a_measure_card_holds_the_facts_of_its_table_row_escaped():
    states = pd.DataFrame(
        {
            "title": ["Nettside <b>ny</b>"],
            "status": ["at_risk"],
            "progress": [40.0],
            "due_date": [pd.Timestamp("2026-12-31").date()],
            "last_update": [pd.Timestamp("2026-11-01").date()],
            "last_comment": ["Venter på «leverandør» & avtale"],
            "owner": ["Kommunikasjonsansvarlig"],
        }
    )
    text = cards.measure_cards(states, Translator("nb"))
    assert "Nettside &lt;b&gt;ny&lt;/b&gt;" in text
    assert "▲" in text and "Risiko" in text and "#E69F00" in text
    assert "Fremdrift 40\u00a0%" in text or "Fremdrift 40 %" in text
    assert "Frist 31.12.2026" in text
    assert "Venter på «leverandør» &amp; avtale" in text
    assert "Sist oppdatert 01.11.2026" in text
