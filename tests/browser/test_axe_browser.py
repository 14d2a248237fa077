"""WCAG 2.1 AA in the browser: axe-core on every page at phone and desktop size, and the
key journeys by keyboard alone. One server, one browser context, pages visited in turn.

axe-core comes from axe-playwright-python (pinned; it bundles axe.min.js, no network).
Only serious and critical findings fail; each finding inside Streamlit's own frontend
that our code cannot change is excluded below by its rule and selector, with why.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from dashboard.ui import frame
from tests.browser.conftest import (
    ARTIFACTS,
    DESKTOP,
    PASSWORD,
    PHONE,
    running_app,
    screenshot,
    sign_in,
    wait_for_cookie,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

#: Every page an administrator can open, from the app's own list (ui.frame.PAGES): the url
#: path of each file in pages/, the start page at the root ("/oversikt" redirects there);
#: the sign-in page is checked signed out, before the others.
PAGES = tuple(
    "" if n == 0 else Path(spec.path).stem
    for n, spec in enumerate(frame.PAGES)
    if spec.path != "pages/logg_inn.py"
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


def _chart_with_its_text(page, size: str) -> None:
    """The first chart's sentence under it, its table opened; a screenshot to look at."""
    caption = page.get_by_text("Diagrammet viser: Tydeligere profil").first
    caption.wait_for()
    page.get_by_text("Vis som tabell").first.click()
    table = page.locator("[data-testid='stTable']").first
    table.wait_for()
    assert table.get_by_text("Tydeligere profil").count() == 1
    wait_until_idle(page)
    column = page.locator("[data-testid='stColumn']").filter(has=table).first
    column.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    column.screenshot(path=str(ARTIFACTS / f"a11y-chart-text-{size}.png"))


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
                found[f"{name or 'oversikt'} {size}"] = _findings(page)
                if name == "":  # Oversikt
                    _chart_with_its_text(page, size)
    except Exception:
        screenshot(page, "failed-axe")
        raise
    finally:
        context.close()
    bad = {where: items for where, items in found.items() if items}
    assert not bad, "\n".join(f"{w}:\n  " + "\n  ".join(items) for w, items in bad.items())


def _tab_to(page, matches: str, limit: int = 60) -> None:
    """Press Tab until the focused element satisfies the JS predicate ``matches(el)``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => ({matches})(document.activeElement)"):
            return
    pytest.fail(f"Tab never reached an element where {matches}")


def test_sign_in_present_and_upload_by_keyboard_alone(admin_server, browser):
    """Tab and type to sign in; the presentation by its keys and by Tab + space or Enter;
    the upload page's file picker opened by Tab and Enter."""
    context = browser.new_context(viewport=DESKTOP, locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        page.goto(f"{admin_server}/logg_inn")
        wait_until_idle(page)
        _tab_to(page, "el => el.getAttribute('aria-label') === 'Brukernavn'")
        page.keyboard.type("admin")
        _tab_to(page, "el => el.getAttribute('aria-label') === 'Passord'", limit=3)
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        # As conftest.sign_in: the ticket becomes the cookie, then the dashboard opens.
        wait_for_cookie(page)
        page.wait_for_url(lambda address: "/logg_inn" not in address, wait_until="commit")
        page.get_by_text("Innlogget som admin").first.wait_for()
        wait_until_idle(page)

        page.goto(f"{admin_server}/presentasjon?plan=ho21-2020")
        wait_until_idle(page)
        title = "Handlingsplan HO21-rådet 2020–2021"
        page.get_by_role("heading", name=title).wait_for()
        page.keyboard.press("ArrowRight")
        page.get_by_role("heading", name="Hjemmemarked, næringsutvikling og innovative "
                         "anskaffelser").wait_for()  # fmt: skip
        wait_until_idle(page)
        # Tab to "Forrige" and press space: that button, not the page-turning key.
        _tab_to(page, "el => el.closest('.st-key-present_prev') !== null")
        page.keyboard.press(" ")
        page.get_by_role("heading", name=title).wait_for()
        wait_until_idle(page)
        _tab_to(page, "el => el.closest('.st-key-present_go_2') !== null")
        page.keyboard.press("Enter")
        page.get_by_role("heading", name="Bærekraft i helsetjenesten").wait_for()
        wait_until_idle(page)

        page.goto(f"{admin_server}/last_opp")
        wait_until_idle(page)
        # Streamlit's file picker: its "browse" button takes the focus and opens the dialog.
        _tab_to(page, "el => el.closest('[data-testid=\"stFileUploader\"]') !== null")
        # (the page settled and the focus still on the picker: under load a rerun drawn
        # after the Tab replaced the button, and the Enter went nowhere)
        wait_until_idle(page)
        focused = "() => document.activeElement.closest('[data-testid=\"stFileUploader\"]')"
        if not page.evaluate(f"() => ({focused})() !== null"):
            _tab_to(page, "el => el.closest('[data-testid=\"stFileUploader\"]') !== null")
        with page.expect_file_chooser() as chooser:
            page.keyboard.press("Enter")
        assert chooser.value is not None
    except Exception:
        screenshot(page, "failed-keyboard")
        raise
    finally:
        context.close()
