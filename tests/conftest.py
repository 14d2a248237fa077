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
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.db import Database
from dashboard.demo import load_demo

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


@pytest.fixture
def db(request, tmp_path):
    """An empty, migrated database in a fresh file (the demo's copy when `demo_db` is asked)."""
    path = tmp_path / "planpuls.duckdb"
    if "demo_db" in request.fixturenames:
        copy_of_demo(request.getfixturevalue("demo_template"), path)
    database = Database.open(path)
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
