"""Shared fixtures: a fresh database per test, and the demo loaded into one."""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
import sys

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


@pytest.fixture
def db(tmp_path):
    """An empty, migrated database in a fresh file."""
    database = Database.open(tmp_path / "planpuls.duckdb")
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """A database holding the demo plans."""
    load_demo(db)
    return db


@pytest.fixture
def demo_env(tmp_path, monkeypatch):
    """Settings for a page test: a fresh database file, the demo on start, a fixed today."""
    path = tmp_path / "app.duckdb"
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
