"""Start the real app with `streamlit run` and drive it with Playwright in Debian's Chromium."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import warnings
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1920, "height": 1080}
#: How long a wait for a condition (an element, a text, the app idle) may take before the
#: test fails: generous, since a condition returns as soon as it holds, and on a machine
#: whose other core is busy a page's run can take tens of seconds.
WAIT_MS = 60_000
PHONE = {"width": 390, "height": 844}
#: The settings of the browser contexts ``page_at`` and ``one_page`` open: Norwegian, and
#: reduced motion, a setting a person can choose in the system. Streamlit then leaves out
#: its entrance animations and transitions and slows its spinner, which a headless
#: Chromium otherwise draws and composites frame by frame while a page loads and runs
#: (the presentation tests' CPU fell by a tenth, twice; the phone test's figures scatter:
#: docs/reliability.md, "Suite time: fewer fresh page loads"). The axe tests open their
#: own contexts with the default motion, so that the animated frontend is walked too.
CONTEXT: dict[str, Any] = {"locale": "nb-NO", "reduced_motion": "reduce"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


#: Accounts every browser test server has: name -> role (password PASSWORD).
ACCOUNTS = {"sekretariatet": "secretariat", "leser": "viewer"}
PASSWORD = "et-langt-testpassord"


@contextlib.contextmanager
def running_app(
    folder: Path,
    script: Path = ROOT / "app.py",
    *,
    demo: bool = True,
    template: Path | None = None,
    secrets: str | None = None,
    env: dict[str, str] | None = None,
    store: str | None = None,
):
    """Run `streamlit run app.py` on a free port over a fresh database; yield its URL.

    With ``demo`` the database gets the demo plans on start; without, it stays empty
    (as for an organisation starting its own plan). ``template`` is a file holding the
    demo already (tests/conftest.py's demo_template): a copy saves loading it again.
    ``secrets`` is the text of a secrets.toml for this server (``{url}`` stands for its
    address), written into ``folder``; ``env`` adds settings.

    ``store`` is a PostgreSQL URL (``postgresql://…``) to run on instead (docs/scale-out.md):
    no DuckDB file is made in ``folder`` and nothing is added to the store (several
    dashboards may start on it at once; the test makes its accounts through the store).
    """
    if store is None and demo and template is not None:
        shutil.copyfile(_with_accounts(template), folder / "planpuls.duckdb")
    elif store is None:
        _add_accounts(folder / "planpuls.duckdb")
    port = _free_port()
    env = {
        **os.environ,
        "PLANPULS_DB": store or str(folder / "planpuls.duckdb"),
        "PLANPULS_DEMO": "1" if demo else "0",
        "PLANPULS_TODAY": "2026-11-23",
        "PLANPULS_LANG": "nb",
        **(env or {}),
    }
    log = folder / "streamlit.log"
    command = [sys.executable, "-m", "streamlit", "run", str(script)]
    command += ["--server.port", str(port), "--server.headless", "true"]
    command += ["--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    if secrets is not None:
        secrets_file = folder / "secrets.toml"
        secrets_file.write_text(secrets.replace("{url}", f"http://127.0.0.1:{port}"))
        command += ["--secrets.files", str(secrets_file)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    listening = threading.Event()
    copier = threading.Thread(target=_copy_log, args=(process, log, listening), daemon=True)
    copier.start()
    try:
        # Streamlit says so once its server listens (or the process ends and says why).
        if not listening.wait(timeout=120) or process.poll() is not None:
            pytest.fail("the dashboard did not start; see " + str(log))
        url = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=30) as response:
            assert response.status == 200
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        copier.join(timeout=10)


def _add_accounts(path: Path) -> None:
    """Open (or create) the database at ``path`` and add ACCOUNTS to it."""
    from dashboard import auth
    from dashboard.db import Database

    db = Database.open(path)
    for name, role in ACCOUNTS.items():
        auth.add_user(db, name, role, PASSWORD, by="test")
    db.close()


@functools.cache
def _with_accounts(template: Path) -> Path:
    """A copy of ``template`` holding ACCOUNTS, made once per test process: each server
    copies it, instead of hashing the passwords again (argon2id: slow on purpose)."""
    path = template.with_name(f"{template.stem}-with-accounts{template.suffix}")
    shutil.copyfile(template, path)
    _add_accounts(path)
    return path


def _copy_log(process: subprocess.Popen, log: Path, listening: threading.Event) -> None:
    """Copy the server's output to ``log``; set ``listening`` when it says it listens."""
    with log.open("w") as out:
        for line in process.stdout:
            out.write(line)
            out.flush()
            if "You can now view your Streamlit app" in line:
                listening.set()
    listening.set()  # the process ended: the waiter checks poll()


@pytest.fixture(scope="session")
def server(tmp_path_factory, demo_template):
    """The dashboard shared by most browser tests."""
    with running_app(tmp_path_factory.mktemp("browser"), template=demo_template) as url:
        yield url


@pytest.fixture
def fresh_server(tmp_path, demo_template):
    """A dashboard just started, whose first visitor arrives by a deep link."""
    with running_app(tmp_path, template=demo_template) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium from Debian, driven by Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/test installs it with apt-get")
    from playwright.sync_api import expect, sync_playwright

    # Assertions that wait (``expect(...).to_have_text``) wait as long as any other wait,
    # not Playwright's 5 s: on a busy machine a table redraws seconds after its run.
    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, for ``page_at`` to see that it failed."""
    report = yield
    setattr(item, f"planpuls_{report.when}", report)
    return report


@pytest.fixture
def page_at(browser, request):
    """Open a new page of a given size; closes it after the test (a failed test leaves
    a screenshot of each of its pages, ``failed-<test>-<n>.png``, under tests/artifacts/)."""
    contexts = []

    def open_page(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, **CONTEXT)
        contexts.append(context)
        return prepare(context.new_page())

    yield open_page
    call = getattr(request.node, "planpuls_call", None)
    for n, context in enumerate(contexts):
        if call is not None and call.failed:
            for page in context.pages:
                # a crashed page leaves no picture; the failure stands
                with contextlib.suppress(Exception):
                    screenshot(page, f"failed-{request.node.name}-{n}")
        context.close()


@contextlib.contextmanager
def one_page(browser, viewport=DESKTOP):
    """A page in a browser context of its own, for the tests of a module to share (from a
    module fixture): one fresh load for them all, where no test needs a new session.
    The context is closed at the module's end."""
    context = browser.new_context(viewport=viewport, **CONTEXT)
    try:
        yield prepare(context.new_page())
    finally:
        context.close()


@contextlib.contextmanager
def failed_shot(page, name: str):
    """Leave a screenshot ``failed-<name>.png`` of ``page`` under tests/artifacts/ if the
    block fails (as ``page_at`` does for its own pages; a shared page is not its)."""
    try:
        yield page
    except BaseException:
        with contextlib.suppress(Exception):  # a crashed page leaves no picture
            screenshot(page, f"failed-{name}")
        raise


def prepare(page):
    """A new page's settings: a default wait of WAIT_MS, and file pickers caught from the
    start.

    Playwright asks the browser to catch file pickers only once something listens for
    them, and does not wait for the answer: a key pressed right after
    ``expect_file_chooser`` could open the picker before the browser catches it, and
    the test waits for a picker it never sees. A listener kept from the page's start
    closes that race.
    """
    page.set_default_timeout(WAIT_MS)
    page.on("filechooser", lambda chooser: None)
    return page


#: True once the app is idle: connected, its script run over, nothing stale or still
#: drawing (every visible chart and table drawn), and the page the same as at the last
#: poll (a run's last messages and the charts' layout have landed). "The same" is the
#: number of elements, the main area's height and the length of the page's text
#: (textContent reads the nodes; innerText builds the rendered text from the laid-out page,
#: on every poll, every 200 ms).
_IDLE = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    const idle = app
        && app.getAttribute('data-test-script-state') === 'notRunning'
        && app.getAttribute('data-test-connection-state') === 'CONNECTED'
        && !document.querySelector('[data-testid="stStatusWidget"]')
        && !document.querySelector('[data-stale="true"]')
        && !document.querySelector('[data-testid="stSkeleton"], [data-testid="stSpinner"]')
        && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
            .filter(chart => chart.checkVisibility())
            .every(chart => chart.querySelector('.main-svg'))
        && [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
            .filter(chart => chart.checkVisibility())
            .every(chart => chart.querySelector('.marks'))
        && [...document.querySelectorAll('[data-testid="stDataFrame"]')]
            .filter(table => table.checkVisibility())
            .every(table => table.querySelector('canvas'));
    const main = document.querySelector('[data-testid="stMain"]');
    const now = idle ? [document.getElementsByTagName('*').length,
                        main ? main.scrollHeight : 0, document.body.textContent.length].join('|')
                     : null;
    const same = now !== null && window.__planpulsLastIdle === now;
    window.__planpulsLastIdle = now;
    return same;
}"""


#: How long a tap may take to change the address before it counts as lost (see ``tap``).
TAP_MS = 30_000


def tap(page, link, arrived) -> None:
    """Tap ``link`` (a page link inside the app) and wait until ``arrived`` (a locator of
    what the new page shows, e.g. its heading) is there.

    What the page shows, not its address: the address changes four times on the way
    (the link's, then the new page's own as its filters settle, which leaves out values
    at their defaults: a tap on the first goal ends on ``/mal?plan=his-2025``, no
    ``goal=``). When the click returned late on a loaded machine, all four had come and
    gone, and a wait for the link's address waited for a minute with the goal's page
    on screen (the CI failures of 2026-11-26; its failure screenshot showed the page).
    Should a tap really be lost, a person taps again, and so does this, once, when after
    TAP_MS the link is still on the page (a slow switch takes the link away, and a
    second tap then finds nothing to tap, which is no failure); a second tap is reported
    as a warning with the app's state, address and console, so it stays visible.
    """
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    link.click()
    try:
        arrived.wait_for(timeout=TAP_MS)
        return
    except PlaywrightTimeout:
        pass
    if link.count() and link.first.is_visible():
        warnings.warn(
            f"a tap on {link} did not open the page in {TAP_MS} ms (address {page.url}); "
            f"app {page.evaluate(_APP_STATE)}; console {console[-10:]}; tapped again",
            stacklevel=2,
        )
        with contextlib.suppress(PlaywrightTimeout):  # gone meanwhile: the first tap landed
            link.click(timeout=TAP_MS)
    arrived.wait_for()


#: The app's script and connection state as Streamlit marks them on its root.
_APP_STATE = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return app ? [app.getAttribute('data-test-script-state'),
                  app.getAttribute('data-test-connection-state')] : null;
}"""


def wait_until_idle(page, timeout: int = 60_000) -> None:
    """Wait until Streamlit has finished running the script and drawing charts and tables.

    A condition, not a pause: polled every 200 ms until it holds twice running.
    """
    page.wait_for_selector("[data-testid='stApp']", state="attached", timeout=timeout)
    page.evaluate("() => { window.__planpulsLastIdle = null; }")
    page.wait_for_function(_IDLE, timeout=timeout, polling=200)


#: True once the page has been laid out again at the window width ``w``: every visible
#: chart's drawing and every visible table's canvas as wide as its box (Plotly, Vega and
#: the table grid redraw after a resize, the grid seconds later on a busy machine).
_RESIZED = """w => {
    const fits = (selector, drawing, slack) => [...document.querySelectorAll(selector)]
        .filter(box => box.checkVisibility())
        .every(box => {
            const drawn = box.querySelector(drawing);
            return drawn && Math.abs(drawn.getBoundingClientRect().width
                                     - box.getBoundingClientRect().width) <= slack;
        });
    return window.innerWidth === w
        && fits('[data-testid="stPlotlyChart"]', '.main-svg', 2)
        && fits('[data-testid="stVegaLiteChart"]', '.marks', 4)
        && fits('[data-testid="stDataFrame"]', 'canvas', 4);
}"""


def resize(page, viewport: dict[str, int]) -> None:
    """Turn the open page to another screen size, as a window is resized: no new load.

    The layout follows the width in CSS alone (container queries, dashboard/ui/layout.py;
    Streamlit folds the sidebar away below its breakpoint and unfolds it above), so the
    page at the new size is the page a load at that size shows. Waits until the charts
    and tables are drawn at the new width, then until the page is idle.
    """
    page.set_viewport_size(viewport)
    page.wait_for_function(_RESIZED, arg=viewport["width"], polling=100)
    wait_until_idle(page)


def open_from_menu(page, name: str) -> None:
    """Open a page as a person does: by its link in the sidebar menu (on a narrow screen,
    which folds the sidebar away, unfolded first and folded again after).

    The app stays loaded: one script run, no new session and no new load of Streamlit's
    frontend, which ``page.goto`` costs (two to three times the work). Waits until the
    address is the page's (Streamlit changes it as the new page's run begins, and
    clears the last page then), then until the page is idle.
    """
    sidebar = page.get_by_test_id("stSidebar")
    link = page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True)
    folded = sidebar.evaluate(_FOLDED)
    if folded:
        page.get_by_test_id("stExpandSidebarButton").click()
        page.wait_for_function(f"() => !({_FOLDED})(document.querySelector('{_SIDEBAR}'))")
    path = urllib.parse.urlsplit(link.get_attribute("href")).path
    link.click()
    page.wait_for_url(lambda address: urllib.parse.urlsplit(address).path == path,
                      wait_until="commit")  # fmt: skip
    wait_until_idle(page)
    if folded and sidebar.is_visible():  # (the presentation hides the sidebar itself)
        # Its fold button shows while the pointer is over the sidebar.
        sidebar.hover()
        page.get_by_role("button", name="Collapse sidebar").click()
        page.wait_for_function(f"() => ({_FOLDED})(document.querySelector('{_SIDEBAR}'))")
        wait_until_idle(page)


_SIDEBAR = '[data-testid="stSidebar"]'
#: True when the sidebar is folded away (and no longer moving).
_FOLDED = "sidebar => sidebar.getBoundingClientRect().right < 1"


def session_cookie(page) -> dict | None:
    """The browser's Planpuls session cookie (HttpOnly: only the browser itself sees it)."""
    found = [c for c in page.context.cookies() if c["name"] == "planpuls_session"]
    return found[0] if found else None


def wait_until(condition, what: str, timeout: float = 60, page=None) -> None:
    """Wait until ``condition()`` holds, for what the page cannot wait on itself (a file
    the server writes, a cookie): asked every 0.1 s, failing with ``what`` after
    ``timeout`` seconds. A condition, not a pause: it returns as soon as it holds,
    however slow or fast the machine. With a ``page`` open, pass it: the pause between
    two asks is then Playwright's, which keeps handling the page's events (``time.sleep``
    would hold them up: two sign-ins that waited so lost their connection under load)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(what)
        if page is not None:
            page.wait_for_timeout(100)
        else:
            time.sleep(0.1)


def wait_for_cookie(page, present: bool = True, timeout: float = 30) -> None:
    """Wait until the server has set (or deleted) the session cookie."""
    wait_until(lambda: (session_cookie(page) is not None) is present,
               f"the session cookie was not {'set' if present else 'deleted'}",
               timeout, page)  # fmt: skip


def sign_in(page, url: str, name: str, at: str | None = None) -> None:
    """Sign in as one of ACCOUNTS: on the sign-in page, which opens the front page
    (Oversikt) after; or, with ``at`` (the path of a page above a visitor's role, e.g.
    ``/last_opp``), as a person who opens a link to that page does: its sign-in form
    on the spot, and the same page after.

    The page hands the browser a one-time ticket that the server trades for the
    HttpOnly session cookie, then the dashboard opens again, signed in. A page open on
    the sign-in page already (and idle) is used as it is.

    ``at`` is for tests whose subject is another page: it spares the load of Oversikt
    (a fresh load of its charts is the costliest step a browser test takes; see
    docs/reliability.md, "Suite time: fewer fresh page loads").
    """
    if at is not None:
        page.goto(f"{url}{at}")
        wait_until_idle(page)
        page.get_by_text("Denne siden krever innlogging").wait_for()
    elif page.url.split("?")[0] != f"{url}/logg_inn":
        page.goto(f"{url}/logg_inn")
        wait_until_idle(page)
    page.get_by_label("Brukernavn").fill(name)
    page.get_by_label("Passord").fill(PASSWORD)
    # The document signed out, marked: the page loaded again after the hand-off lacks it.
    page.evaluate("() => { window.__planpulsSignedOut = true; }")
    page.get_by_role("button", name="Logg inn", exact=True).click()
    wait_for_cookie(page)
    if at is not None:  # loaded again, signed in, at the same address
        page.wait_for_function("() => !window.__planpulsSignedOut")
        assert urllib.parse.urlsplit(page.url).path == at, page.url
    else:
        page.wait_for_url(lambda address: "/logg_inn" not in address, wait_until="commit")
    page.get_by_text(f"Innlogget som {name}").first.wait_for()
    wait_until_idle(page)


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under tests/artifacts/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
