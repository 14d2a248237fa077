"""Oversikt on a large plan: the key figures in a first run, the whole page on the next."""

import pytest

from dashboard.ui import page_scripts, paint
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
