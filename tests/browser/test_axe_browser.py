"""WCAG 2.1 AA in the browser: axe-core on every page at phone and desktop size, and the
key journeys by keyboard alone. One server, one browser context, pages visited in turn.

The walk is a person's: signed in once, each page opened from the menu (no new load of
the app), checked at desktop size, then the window narrowed to a phone's and checked
again (the layout follows the width in CSS alone; see conftest.resize), and so on, the
next page opened at the size the last one ended on.

axe-core comes from axe-playwright-python (pinned; it bundles axe.min.js, no network).
Only serious and critical findings fail; each finding inside Streamlit's own frontend
that our code cannot change is excluded below by its rule and selector, with why.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from unittest import mock

import pytest
from axe_playwright_python.sync_playwright import Axe

from dashboard.i18n import Translator
from dashboard.ui import frame
from tests.browser.conftest import (
    ARTIFACTS,
    DESKTOP,
    PASSWORD,
    PHONE,
    open_from_menu,
    prepare,
    resize,
    running_app,
    screenshot,
    sign_in,
    wait_for_cookie,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

#: Every page an administrator can open, from the app's own list (ui.frame.PAGES): the url
#: path of each file in pages/ (the start page, Oversikt, at the root) and its name in the
#: menu; the sign-in page is checked signed out, before the others. The presentation
#: hides the menu (a shared screen shows the slide alone): it comes last.
PAGES = sorted(
    (
        ("" if n == 0 else Path(spec.path).stem, Translator("nb")(spec.title))
        for n, spec in enumerate(frame.PAGES)
        if spec.path != "pages/logg_inn.py" and spec.role != frame.LINK  # not in the menu
    ),
    key=lambda page: page[0] == "presentasjon",
)
SIZES = (("desktop", DESKTOP), ("phone", PHONE))
FAILING = ("serious", "critical")
#: (rule id, CSS selector axe reports) found inside Streamlit 1.67's own frontend.
STREAMLIT_OWN: dict[tuple[str, str], str] = {}


#: The signing secret of the axe server, so that the test can make an owner's link for it.
SECRET = "axe-test-secret-" + "x" * 32


@pytest.fixture(scope="module")
def axe_app(tmp_path_factory, demo_template):
    """The demo dashboard with an administrator account ("admin", the tests' password),
    and an owner's personal link to "Rapporter status" (made before the server starts:
    one process opens the file); yields (address, link)."""
    from dashboard import auth, owner_links
    from dashboard.db import Database

    folder = tmp_path_factory.mktemp("axe")
    template = folder / "with-admin.duckdb"
    shutil.copyfile(demo_template, template)
    with mock.patch.dict(os.environ, {"PLANPULS_SECRET": SECRET}):
        db = Database.open(template)
        auth.add_user(db, "admin", "admin", PASSWORD, by="test")
        token = owner_links.issue(db, "his-2025", "Kommunikasjonsansvarlig", by="test")
        db.close()
    with running_app(folder, template=template, env={"PLANPULS_SECRET": SECRET}) as url:
        yield url, owner_links.url(url, token)


@pytest.fixture(scope="module")
def admin_server(axe_app):
    """The axe server's address."""
    return axe_app[0]


#: axe-core's script (from axe-playwright-python), put in a page once: the page stays
#: loaded from page to page (in-app navigation), and so does axe.
_AXE_SCRIPT = Axe().axe_script


def _findings(page) -> list[str]:
    """Serious and critical axe violations on the page as it is, minus Streamlit's own."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_AXE_SCRIPT)
    results = page.evaluate("() => axe.run({resultTypes: ['violations']})")
    out = []
    for violation in results["violations"]:
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
    table = page.locator("[data-testid='stTable']").first
    if not table.is_visible():  # (opened at the other size already: it stays open)
        page.get_by_text("Vis som tabell").first.click()
    table.wait_for()
    assert table.get_by_text("Tydeligere profil").count() == 1
    wait_until_idle(page)
    column = page.locator("[data-testid='stColumn']").filter(has=table).first
    column.scroll_into_view_if_needed()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    column.screenshot(path=str(ARTIFACTS / f"a11y-chart-text-{size}.png"))


def test_every_page_has_no_serious_or_critical_axe_violation(axe_app, browser):
    admin_server, link = axe_app
    context = browser.new_context(viewport=DESKTOP, locale="nb-NO")
    page = prepare(context.new_page())
    found: dict[str, list[str]] = {}
    try:
        page.goto(f"{admin_server}/logg_inn")
        wait_until_idle(page)
        for size, viewport in SIZES:
            resize(page, viewport)
            found[f"logg_inn {size}"] = _findings(page)
        resize(page, DESKTOP)
        sign_in(page, admin_server, "admin")  # (from the page it is on) to Oversikt
        sizes = SIZES
        for n, (name, title) in enumerate(PAGES):
            if n > 0:
                open_from_menu(page, title)
            assert page.get_by_text("Page not found").count() == 0
            for size, viewport in sizes:
                resize(page, viewport)
                found[f"{name or 'oversikt'} {size}"] = _findings(page)
                if name == "":  # Oversikt
                    _chart_with_its_text(page, size)
            sizes = sizes[::-1]  # the next page opens at the size this one ended on
        page.goto(link)  # the owner's page, opened from the link in a mail
        wait_until_idle(page)
        page.get_by_role("heading", name="Rapporter status").wait_for()
        for size, viewport in sizes:
            resize(page, viewport)
            found[f"rapporter_status {size}"] = _findings(page)
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
    """Tab and type to sign in; the upload page's file picker opened by Tab and Enter;
    the presentation by its keys and by Tab + space or Enter."""
    context = browser.new_context(viewport=DESKTOP, locale="nb-NO")
    page = prepare(context.new_page())
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

        open_from_menu(page, "Last opp")
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

        open_from_menu(page, "Presentasjon")  # the plan chosen in the sidebar: HIS
        title = "Kommunikasjonsstrategi HIS – tiltaksplan 2025–2026"
        page.get_by_role("heading", name=title).wait_for()
        page.keyboard.press("ArrowRight")
        page.get_by_role("heading", name="Tydeligere profil").wait_for()
        wait_until_idle(page)
        # Tab to "Forrige" and press space: that button, not the page-turning key.
        _tab_to(page, "el => el.closest('.st-key-present_prev') !== null")
        page.keyboard.press(" ")
        page.get_by_role("heading", name=title).wait_for()
        wait_until_idle(page)
        _tab_to(page, "el => el.closest('.st-key-present_go_2') !== null")
        page.keyboard.press("Enter")
        page.get_by_role("heading", name="Vise konkret samfunnsverdi").wait_for()
        wait_until_idle(page)
    except Exception:
        screenshot(page, "failed-keyboard")
        raise
    finally:
        context.close()
