"""Shared fixtures: a fresh database per test, and the demo loaded into one.

Loading the demo takes about a second, and about 500 tests want it, so the demo is
loaded once per test session into a template file and each test gets its own copy
of that file (same rows, same ids: tests/test_demo.py checks the copy against a
fresh load). The app loads the demo on start only into an empty database, so a
copy is opened as it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from streamlit.components.v2 import manifest_scanner
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import app_test, local_script_runner

from dashboard import auth
from dashboard.db import Database
from dashboard.demo import load_demo

#: Streamlit's deprecation warnings fail the test that causes them (tests/deprecations.py).
pytest_plugins = ["tests.deprecations"]

#: The date the tests look at the demo from (the demo history ends 16.11.2026).
TODAY = dt.date(2026, 11, 23)
#: The six goals of Helseinnovasjonssenteret's strategy (seed 000, §7), in order.
HIS_GOALS = [
    "Tydeligere profil",
    "Vise konkret samfunnsverdi",
    "Innbyggerdialog",
    "Nærhet til behovene",
    "Faglig gjennomføringskraft",
    "Nasjonal oppmerksomhet",
]


class _SessionScriptCache(ScriptCache):
    """The compiled scripts, kept for the test process as a server keeps them.

    Keyed by path, modification time and size, so a script written anew is compiled
    anew (``AppTest.from_string`` writes temporary files)."""

    def __init__(self) -> None:
        super().__init__()
        self._compiled: dict[tuple[str, int, int], object] = {}
        self._compiled_lock = threading.Lock()

    def get_bytecode(self, script_path: str):
        path = Path(script_path).absolute()
        found = path.stat()
        key = (str(path), found.st_mtime_ns, found.st_size)
        with self._compiled_lock:
            if key not in self._compiled:
                self._compiled[key] = ScriptCache().get_bytecode(str(path))
            return self._compiled[key]


def _apptest_as_a_server_runs() -> None:
    """Give AppTest what a running server does once, not on every run.

    A Streamlit server scans the installed packages for components once, when it
    starts, and compiles each script once (its ScriptCache lives as long as it does).
    AppTest does both again for every ``AppTest`` (the scan reads the metadata of every
    installed package: about 0.3 s of CPU) and every run (a new ScriptCache: app.py and
    the page compiled again with Streamlit's "magic", about 0.13 s). Every AppTest of the
    suite paid that, over 500 of them; the scripts run exactly as before.
    """
    manifest_scanner.scan_component_manifests = functools.cache(
        manifest_scanner.scan_component_manifests
    )
    shared = _SessionScriptCache()
    app_test.ScriptCache = lambda: shared  # type: ignore[misc, assignment]
    local_script_runner.require_widgets_deltas = _wait_for_the_run


def _wait_for_the_run(runner, timeout: float = 3) -> None:
    """AppTest's wait for a script run, without its poll.

    Streamlit's own wait wakes every millisecond to look whether the run is over; each
    wake takes the interpreter lock from the script's thread, which runs the page (a
    page's run took about a tenth longer for it on this machine). The thread ends right
    after the run's last event, so waiting for the thread to end is the same wait.
    """
    thread = runner._script_thread
    if thread is not None:
        thread.join(timeout)
    if runner.script_stopped():
        return
    runner.request_stop()  # as Streamlit's own wait does: stop, then tell
    runner.join()
    raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")


_apptest_as_a_server_runs()

#: Files that take longest, longest first. See ``pytest_collection_modifyitems``. Seconds
#: per file (its tests' durations summed, `pytest -n 2 --dist loadfile --durations=0`) in
#: the loaded fresh-clone run of 2026-11-26 evening (a busy loop beside it), or, marked
#: "idle", in the idle run before it. Some browser files are cheaper since (CPU-s before
#: and after: docs/reliability.md, "Suite time: fewer fresh page loads").
SLOW_FILES = (
    "tests/browser/test_upload_browser.py",  # 233: one journey on one server
    "tests/browser/test_sso_browser.py",  # 166: a sign-on per test
    "tests/browser/test_axe_browser.py",  # 160: every page at two sizes, a keyboard journey
    "tests/test_fuzz_import.py",  # 156: 200 files in one test
    "tests/browser/test_own_plan_browser.py",  # 144: one long flow
    "tests/browser/test_presentation_browser.py",  # 143: two walks, every plan's title
    "tests/test_corpus.py",  # 127: every corpus file imported
    "tests/test_pg_parity_m.py",  # ~60 (with its PostgreSQL server): M generated, copied, read
    "tests/test_edits.py",  # 125
    "tests/browser/test_views_right_browser.py",  # 123
    "tests/browser/test_cli_server_browser.py",  # 72 (idle run)
    "tests/browser/test_phone_browser.py",  # 65 (idle run): every page at three sizes
    "tests/browser/test_browser.py",  # 50 (idle run)
    "tests/test_auth.py",
    "tests/test_tool_exports.py",
    "tests/test_cli.py",
    "tests/test_reports.py",
    "tests/test_start.py",
    "tests/test_targets.py",
    "tests/test_limits.py",
    "tests/test_text_inert.py",
    "tests/test_pages.py",
)


def pytest_configure(config):
    """Under ``--dist loadfile`` xdist hands out files in the order collected (below),
    not its own (most tests first)."""
    if getattr(config.option, "dist", "no") in ("loadfile", "loadscope"):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(config, items):
    """On an xdist worker: collect the slowest files first, and short files last.

    Two workers take one file at a time each (``--dist loadfile``), so a long file
    handed out at the end keeps one worker busy while the other idles; xdist's own
    order (most tests first) did that with the browser files, which have few tests but
    take minutes. Order: SLOW_FILES as listed, then other browser files (each starts a
    server), then the rest, most tests first. The tests of a file keep their order.
    """
    if not hasattr(config, "workerinput"):
        return  # one process: the order does not matter
    per_file: dict[str, int] = {}
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        per_file[path] = per_file.get(path, 0) + 1
    rank = {path: n for n, path in enumerate(SLOW_FILES)}

    def cost_order(item) -> tuple:
        path = item.nodeid.split("::", 1)[0]
        browser = path.startswith("tests/browser/")
        return (rank.get(path, len(rank)), not browser, -per_file[path], path)

    items.sort(key=cost_order)


#: argon2id at its cheapest for tests (the production parameters cost about 0.25 s of CPU
#: per hash or check, on purpose): the hashes are still argon2id, checked the same way.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_password_hashing(request, monkeypatch):
    """Hash passwords with cheap argon2id parameters, except in tests marked
    ``production_hashing`` (tests/test_auth.py proves the production parameters)."""
    if request.node.get_closest_marker("production_hashing") is None:
        monkeypatch.setattr(auth, "_hasher", CHEAP_HASHER)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A database file holding the demo plans, built once per test session; copy, never open."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.duckdb"
    database = Database.open(path)
    load_demo(database)
    database.close()  # (checkpoints: the file alone holds everything, no .wal beside it)
    return path


def copy_of_demo(template: Path, path: Path) -> Path:
    """Put a copy of the demo template at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A database file with every migration applied and no rows, made once per test
    session (migrating a new file costs about 0.35 s of CPU); copy, never open.
    tests/test_db.py proves the migration of a new file on a file of its own."""
    path = tmp_path_factory.mktemp("empty-template") / "empty.duckdb"
    Database.open(path).close()
    return path


@pytest.fixture
def db(request, tmp_path):
    """An empty, migrated database in a fresh file (a copy of the session's empty
    template; the demo's copy when `demo_db` is asked)."""
    path = tmp_path / "planpuls.duckdb"
    demo = "demo_db" in request.fixturenames
    template = request.getfixturevalue("demo_template" if demo else "empty_template")
    copy_of_demo(template, path)
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> Path:
    """A database file of the generator's tiny scale (seed 7: years of history), made once
    per test session; copy it to write."""
    from dashboard.generate import generate_file

    path = tmp_path_factory.mktemp("gen") / "tiny.duckdb"
    generate_file(path, "tiny", seed=7)
    return path


@pytest.fixture
def tiny_db(tiny):
    """The tiny generated database, opened (read only what it holds; copy it to write)."""
    database = Database.open(tiny)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """A database holding the demo plans (a copy of the session's demo template)."""
    return db


@pytest.fixture
def demo_env(tmp_path, monkeypatch, demo_template):
    """Settings for a page test: a database file holding the demo, a fixed today.

    The file is a copy of the demo template; the app opens it as it is (it loads the
    demo on start only into an empty database: tests/test_pages.py checks that path).
    """
    path = copy_of_demo(demo_template, tmp_path / "app.duckdb")
    monkeypatch.setenv("PLANPULS_DB", str(path))
    monkeypatch.setenv("PLANPULS_DEMO", "1")
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    return path


@pytest.fixture(scope="module")
def module_demo_env(tmp_path_factory, demo_template):
    """``demo_env`` shared by the tests of a module that only read (page walks: every
    page for every role or language): one copy of the demo and one database opened for
    the module instead of one per test, and the app's caches warm as on a server that
    serves many visitors. A test that writes, or checks what a write leaves, takes
    ``demo_env``; a test may still change a setting for itself with ``monkeypatch``."""
    path = copy_of_demo(demo_template, tmp_path_factory.mktemp("module-demo") / "app.duckdb")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLANPULS_DB", str(path))
        patch.setenv("PLANPULS_DEMO", "1")
        patch.setenv("PLANPULS_TODAY", TODAY.isoformat())
        patch.delenv("PLANPULS_LANG", raising=False)
        yield path


@contextlib.contextmanager
def held_by_another_process(path):
    """Keep the database file open in a second process, as a running server would."""
    script = (
        f"import duckdb, time; c = duckdb.connect({str(path)!r}); "
        "print('ok', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        yield
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture
def people(demo_db):
    """The demo with an account of each role, ``konto-<role>`` (no password: the API
    tests use tokens, never a sign-in)."""
    from dashboard import auth

    with demo_db.write() as cur:
        for role in auth.ROLES:
            cur.execute(
                "INSERT INTO app_user (name, role, password_hash, created_by, account_id) "
                "VALUES ($n, $r, 'none', 'test', $a)",
                {"n": f"konto-{role}", "r": role, "a": f"account-{role}"},
            )
    return demo_db
