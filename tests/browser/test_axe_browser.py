"""WCAG 2.1 AA in the browser: axe-core on every page at phone and desktop size, and the
key journeys by keyboard alone. One server, one browser context, pages visited in turn.

axe-core comes from axe-playwright-python (pinned; it bundles axe.min.js, no network).
Only serious and critical findings fail; each finding inside Streamlit's own frontend
that our code cannot change is excluded below by its rule and selector, with why.
"""

from __future__ import annotations

import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import (
    DESKTOP,
    PASSWORD,
    PHONE,
    running_app,
    screenshot,
    sign_in,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

#: Every page an administrator can open (the url_path of each file in pages/).
PAGES = (
    "oversikt",
    "mal",
    "ansvarlige",
    "kanaler",
    "presentasjon",
    "rapport",
    "last_opp",
    "importhistorikk",
    "kom_i_gang",
    "brukere",
)
FAILING = ("serious", "critical")
#: (rule id, CSS selector axe reports) found inside Streamlit 1.67's own frontend.
STREAMLIT_OWN: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def admin_server(tmp_path_factory, demo_template):
    """The demo dashboard with an administrator account ("admin", the tests' password)."""
    from dashboard import auth
    from dashboard.db import Database

    folder = tmp_path_factory.mktemp("axe")
    template = folder / "with-admin.duckdb"
    shutil.copyfile(demo_template, template)
    db = Database.open(template)
    auth.add_user(db, "admin", "admin", PASSWORD, by="test")
    db.close()
    with running_app(folder, template=template) as url:
        yield url


def _findings(page) -> list[str]:
    """Serious and critical axe violations on the page as it is, minus Streamlit's own."""
    results = Axe().run(page)
    out = []
    for violation in results.response["violations"]:
        if violation["impact"] not in FAILING:
            continue
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            if (violation["id"], target) in STREAMLIT_OWN:
                continue
            out.append(f"{violation['id']} ({violation['impact']}): {target}: {node['html'][:160]}")
    return out


def test_every_page_has_no_serious_or_critical_axe_violation(admin_server, browser):
    context = browser.new_context(viewport=DESKTOP, locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(30_000)
    found: dict[str, list[str]] = {}
    try:
        for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            page.set_viewport_size(viewport)
            page.goto(f"{admin_server}/logg_inn")
            wait_until_idle(page)
            found[f"logg_inn {size}"] = _findings(page)
        page.set_viewport_size(DESKTOP)
        sign_in(page, admin_server, "admin")
        for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            page.set_viewport_size(viewport)
            for name in PAGES:
                page.goto(f"{admin_server}/{name}")
                wait_until_idle(page)
                found[f"{name} {size}"] = _findings(page)
    except Exception:
        screenshot(page, "failed-axe")
        raise
    finally:
        context.close()
    bad = {where: items for where, items in found.items() if items}
    assert not bad, "\n".join(f"{w}:\n  " + "\n  ".join(items) for w, items in bad.items())
