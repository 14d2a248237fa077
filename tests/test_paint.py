"""Oversikt on a large plan: the key figures in a first run, the whole page on the next."""

import pytest

from dashboard.ui import page_scripts, paint, state
from tests.helpers import figures, metrics_by_label, run_page

pytestmark = pytest.mark.usefixtures("demo_env")


def _pending(at) -> bool:
    return any("Tegner diagrammene" in c.value for c in at.caption)


def test_a_large_plan_shows_its_key_figures_first_then_the_whole_page(monkeypatch):
    # Every demo plan is small; lower the bar so that the demo's plan counts as large.
    monkeypatch.setattr(paint, "TWO_PASS_MEASURES", 0)
    at = run_page("pages/oversikt.py")
    first = metrics_by_label(at)
    assert first["Tiltak"] != "0" and _pending(at)
    assert figures(at) == [] and len(at.dataframe) == 0
    # the page script presses the hidden button once a key figure is on screen
    assert any(e.proto.component_name == "planpuls_painted" for e in at.get("bidi_component"))
    at.button(key=paint.BUTTON_KEY).click().run()
    assert not at.exception
    assert first.items() <= metrics_by_label(at).items()  # the same key figures, and more
    assert len(figures(at)) >= 2 and len(at.dataframe) >= 1 and not _pending(at)
    # the rest of the session: one run draws the whole page (here: a plain rerun)
    at.run()
    assert len(figures(at)) >= 2 and not _pending(at)


def test_a_small_plan_is_drawn_in_one_run():
    at = run_page("pages/oversikt.py")
    assert len(figures(at)) >= 2 and len(at.dataframe) >= 1 and not _pending(at)


def test_the_page_script_presses_the_button_it_is_given():
    assert "data.button" in page_scripts.PAINTED_JS
    assert page_scripts.hidden_key("x").startswith("planpuls_script_")


def test_the_key_figures_reach_the_browser_before_the_filters_which_work_as_before(monkeypatch):
    from streamlit.runtime.scriptrunner_utils import script_run_context

    sent = []  # (element, root: 0 the page, 1 the sidebar), in the order sent to the browser
    enqueue = script_run_context.ScriptRunContext.enqueue

    def record(self, msg):
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            sent.append((msg.delta.new_element.WhichOneof("type"), msg.metadata.delta_path[0]))
        return enqueue(self, msg)

    monkeypatch.setattr(script_run_context.ScriptRunContext, "enqueue", record)
    at = run_page("pages/oversikt.py", goal="his-g2")
    widgets = [i for i, (kind, root) in enumerate(sent) if root == 1 and kind != "button_group"]
    assert sent.index(("metric", 0)) < min(widgets)
    # the sidebar shows the filters where and as it always did, the link's choice in them
    assert [s.label for s in at.sidebar.selectbox] == [
        "Plan", "Mål", "Ansvarlig", "Kanal", "Endringer siden møte",
    ]  # fmt: skip
    assert [d.label for d in at.sidebar.date_input] == ["Fra", "Til (statusdato)"]
    assert at.selectbox(key="filter_goal").value == "his-g2"
    db = state.database()
    count = "SELECT count(*) FROM measure WHERE goal_id = $g AND archived_at IS NULL"
    assert metrics_by_label(at)["Tiltak"] == str(db.scalar(count, {"g": "his-g2"}))
    # a choice in the sidebar is what the key figures of the next run show
    at.selectbox(key="filter_goal").select("his-g3").run()
    assert metrics_by_label(at)["Tiltak"] == str(db.scalar(count, {"g": "his-g3"}))
    assert at.query_params["goal"] == "his-g3"
