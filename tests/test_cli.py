"""The command line: help, init, demo; exit codes and messages, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dashboard.cli import main
from dashboard.db import Database, migrations

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "init" in result.stdout and "demo" in result.stdout


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().out


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_init_creates_a_migrated_database(tmp_path, capsys):
    path = tmp_path / "new" / "p.duckdb"
    latest = migrations()[-1][0]
    assert main(["init", "--db", str(path)]) == 0
    assert f"schema version {latest}" in capsys.readouterr().out
    db = Database.open(path)
    assert db.schema_version() == latest
    db.close()


def test_demo_loads_the_three_plans_and_refuses_a_second_load(tmp_path):
    path = tmp_path / "p.duckdb"
    first = run_cli("demo", "--db", str(path))
    assert first.returncode == 0, first.stderr
    assert "Kommunikasjonsstrategi HIS" in first.stdout
    assert "Handlingsplan HO21-rådet 2020–2021" in first.stdout
    assert "Tynset" in first.stdout
    again = run_cli("demo", "--db", str(path))
    assert again.returncode == 1
    assert "already" in again.stderr and "--replace" in again.stderr
    assert "Traceback" not in again.stderr
    replaced = run_cli("demo", "--db", str(path), "--replace")
    assert replaced.returncode == 0, replaced.stderr
    db = Database.open(path)
    assert db.scalar("SELECT count(*) FROM plan") == 3
    assert db.scalar("SELECT count(*) FROM import_batch WHERE state = 'undone'") == 1
    db.close()


def test_a_database_held_by_another_process_is_explained(tmp_path):
    path = tmp_path / "p.duckdb"
    holder = Database.open(path)  # this test process holds the file, like the server
    try:
        result = run_cli("init", "--db", str(path))
    finally:
        holder.close()
    assert result.returncode == 2
    assert "in use by another process" in result.stderr
    assert "Traceback" not in result.stderr
