"""Oversikt on a large plan: the key figures in a first run, the whole page on the next."""

import json
from pathlib import Path

import pytest
import streamlit as st

from dashboard import queries
from dashboard.ui import page_scripts, paint, state
from tests.helpers import figures, metrics_by_label, run_page, vega_charts

pytestmark = pytest.mark.usefixtures("demo_env")


def _pending(at) -> bool:
    return any("Tegner diagrammene" in c.value for c in at.caption)


def test_a_large_plan_shows_its_key_figures_first_then_the_whole_page(monkeypatch):
    # Every demo plan is small; lower the bar so that the demo's plan counts as large.
    monkeypatch.setattr(paint, "TWO_PASS_MEASURES", 0)
    at = run_page("pages/oversikt.py")
    first = metrics_by_label(at)
    assert first["Tiltak"] != "0" and _pending(at)
    assert figures(at) == [] and vega_charts(at) == [] and len(at.dataframe) == 0
    # the page script presses the hidden button once a key figure is on screen, then has
    # the browser load the code of what the second pass draws: Streamlit's own files
    script = [e for e in at.get("bidi_component") if e.proto.component_name == "planpuls_painted"]
    preload = json.loads(script[0].proto.json)["preload"]
    assert {name.split(".")[0] for name in preload} == set(SECOND_PASS_CODE)
    assert all((Path(st.__file__).parent / "static/static/js" / name).is_file() for name in preload)
    at.button(key=paint.BUTTON_KEY).click().run()
    assert not at.exception
    assert first.items() <= metrics_by_label(at).items()  # the same key figures, and more
    assert len(vega_charts(at)) == 2 and len(at.dataframe) >= 1 and not _pending(at)
    # the rest of the session: one run draws the whole page (here: a plain rerun)
    at.run()
    assert len(vega_charts(at)) == 2 and not _pending(at)


def test_a_small_plan_is_drawn_in_one_run():
    at = run_page("pages/oversikt.py")
    assert len(vega_charts(at)) == 2 and len(at.dataframe) >= 1 and not _pending(at)


#: What Oversikt's second pass draws and its first does not (pages/oversikt.py).
SECOND_PASS_CODE = {
    "Selectbox", "DateInput", "ArrowVegaLiteChart", "embed", "DataFrame", "Quiver",
    "arrowFormatUtils", "Table", "PageLink", "DownloadButton",
}  # fmt: skip


def test_the_page_script_presses_the_button_it_is_given():
    assert "data.button" in page_scripts.PAINTED_JS
    assert page_scripts.hidden_key("x").startswith("planpuls_script_")


def _sent_elements(monkeypatch) -> list[tuple[str, str, int]]:
    """(element type, key or label, root: 0 the page, 1 the sidebar) of every element the
    script sends from now on, in the order the browser receives them."""
    from streamlit.runtime.scriptrunner_utils import script_run_context

    sent: list[tuple[str, str, int]] = []
    enqueue = script_run_context.ScriptRunContext.enqueue

    def record(self, msg):
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            kind = element.WhichOneof("type")
            proto = getattr(element, kind)
            name = getattr(proto, "id", "") or getattr(proto, "label", "")
            sent.append((kind, name, msg.metadata.delta_path[0]))
        return enqueue(self, msg)

    monkeypatch.setattr(script_run_context.ScriptRunContext, "enqueue", record)
    return sent


FILTERS = ("filter_plan", "filter_from", "filter_to", "filter_goal", "filter_owner")


def test_the_first_pass_sends_the_key_figures_without_the_filters_which_come_next(monkeypatch):
    monkeypatch.setattr(paint, "TWO_PASS_MEASURES", 0)
    sent = _sent_elements(monkeypatch)
    link = {"plan": "his-2025", "goal": "his-g2", "from": "2025-03-01", "to": "2026-06-30"}
    at = run_page("pages/oversikt.py", **link)
    first = metrics_by_label(at)
    assert _pending(at) and first["Tiltak"] != "0"
    kinds = [kind for kind, _name, _root in sent]
    assert "metric" in kinds
    # no filter widget in the first pass: the browser gets the key figures without them
    assert not [e for e in sent if e[0] in ("selectbox", "date_input")], sent
    assert not at.sidebar.selectbox and not at.sidebar.date_input
    # ... and they show what the link chose, as the widgets will show it
    at.button(key=paint.BUTTON_KEY).click().run()
    assert not at.exception and not _pending(at)
    chosen = {key: at.sidebar.selectbox(key=key).value for key in ("filter_plan", "filter_goal")}
    assert chosen == {"filter_plan": "his-2025", "filter_goal": "his-g2"}
    dates = [d.value for d in at.sidebar.date_input if d.key in ("filter_from", "filter_to")]
    assert [d.isoformat() for d in dates] == ["2025-03-01", "2026-06-30"]
    assert first.items() <= metrics_by_label(at).items()
    assert "Status per 30.06.2026" in "\n".join(c.value for c in at.caption)
    # the address kept the link's choices through both passes
    assert {k: at.query_params[k] for k in link} == link


def test_the_first_pass_gives_the_filters_the_same_values_as_the_widgets(monkeypatch):
    monkeypatch.setattr(paint, "TWO_PASS_MEASURES", 0)
    views = []
    monkeypatch.setattr(paint, "first_pass", lambda view, n, f=paint.first_pass: (
        views.append(view.filters) or f(view, n)
    ))  # fmt: skip
    owner = queries.owners(state.database(), "ho21-2020")["id"].iloc[0]
    at = run_page("pages/oversikt.py", plan="ho21-2020", owner=owner)
    at.button(key=paint.BUTTON_KEY).click().run()
    assert len(views) == 2 and views[0] == views[1]  # first pass (no widgets), second pass
    widgets = {w.key: w.value for w in (*at.sidebar.selectbox, *at.sidebar.date_input)}
    assert views[1].plan_id == widgets["filter_plan"] == "ho21-2020"
    assert (views[1].start, views[1].end) == (widgets["filter_from"], widgets["filter_to"])
    assert views[1].owner_id == widgets["filter_owner"] == owner
    assert views[1].goal_id == (widgets["filter_goal"] or None)


def test_on_a_two_pass_page_a_plan_switch_still_changes_the_dates_and_figures(monkeypatch):
    monkeypatch.setattr(paint, "TWO_PASS_MEASURES", 0)
    at = run_page("pages/oversikt.py")
    at.button(key=paint.BUTTON_KEY).click().run()
    before = metrics_by_label(at)
    at.selectbox(key="filter_plan").set_value("ho21-2020").run()
    assert not at.exception and not at.sidebar.warning
    assert at.date_input(key="filter_to").value.isoformat() == "2021-12-31"
    assert metrics_by_label(at) != before
    fresh = run_page("pages/oversikt.py", plan="ho21-2020")  # a link to it: two passes too
    fresh.button(key=paint.BUTTON_KEY).click().run()
    assert metrics_by_label(fresh) == metrics_by_label(at)
    assert fresh.date_input(key="filter_from").value == at.date_input(key="filter_from").value


def test_a_links_value_that_is_not_offered_is_said_on_the_first_pass(monkeypatch):
    monkeypatch.setattr(paint, "TWO_PASS_MEASURES", 0)
    at = run_page("pages/oversikt.py", goal="no-such-goal")
    assert _pending(at)
    assert any("no-such-goal" in w.value for w in at.sidebar.warning)
    assert metrics_by_label(at) == metrics_by_label(run_page("pages/oversikt.py"))
