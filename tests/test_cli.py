"""The command line: help, init, demo; exit codes and messages, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.db import Database, migrations
from tests.demo_plans import DEMO_PLANS
from tests.helpers import demo_file, import_cli, run_cli, run_cli_process

ROOT = Path(__file__).resolve().parent.parent


def test_help_lists_the_commands():
    result = run_cli_process("--help")  # the entry point itself, as a process of its own
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
    assert f"har skjemaversjon {latest}." in capsys.readouterr().out
    db = Database.open(path)
    assert db.schema_version() == latest
    db.close()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (None, ["har skjemaversjon", "Det finnes ingen administrator ennå", "Ingen planer.",
                "Brukeren styret er lagt til med rollen Administrator.", "Brukernavn",
                "Opprettet av", "Kommandolinje", "lesar har nå rollen Sekretariat."]),
        ("nn", ["har skjemaversjon", "Det finst ingen administrator enno", "Ingen planar.",
                "Brukaren styret er lagd til med rolla Administrator.", "Brukarnamn",
                "Oppretta av", "Kommandolinje", "lesar har no rolla Sekretariat."]),
        ("en", ["is at schema version", "There is no administrator yet", "No plans.",
                "User styret is added with the role Administrator.", "User name",
                "Created by", "Command line", "lesar now has the role Secretariat."]),
    ],
)  # fmt: skip
def test_the_commands_say_what_they_did_in_the_users_language(
    tmp_path, capsys, monkeypatch, lang, said
):
    """init, plans list, users add/list/set-role: every line in the chosen language
    (bokmål by default), the accounts table with words for roles and actors, no NaT."""
    path = str(tmp_path / "p.duckdb")
    chosen = ["--lang", lang] if lang else []
    monkeypatch.setattr("sys.stdin", io.StringIO("et-langt-hemmelig-passord\n" * 2))
    steps = [
        ["init", "--db", path],
        ["plans", "list", "--db", path],
        ["users", "add", "styret", "--role", "admin", "--db", path],
        ["users", "add", "lesar", "--role", "viewer", "--db", path],
        ["users", "list", "--db", path],
        ["users", "set-role", "lesar", "secretariat", "--db", path],
    ]
    printed = ""
    for step in steps:
        assert main([*step, *chosen]) == 0, step
        out, err = capsys.readouterr()
        printed += out + err
    for text in said:
        assert text in printed
    for raw in ("NaT", "None", "nan", "admin)", "cli:"):
        assert raw not in printed


def test_demo_loads_its_plans_and_refuses_a_second_load(tmp_path):
    path = tmp_path / "p.duckdb"
    first = run_cli("demo", "--db", str(path))
    assert first.returncode == 0, first.stderr
    assert "Kommunikasjonsstrategi HIS" in first.stdout
    assert "Handlingsplan HO21-rådet 2020–2021" in first.stdout
    assert "Tynset" in first.stdout
    assert "Helsedirektoratet" in first.stdout
    again = run_cli("demo", "--db", str(path))
    assert again.returncode == 1
    assert "allerede" in again.stderr and "--replace" in again.stderr
    assert "Traceback" not in again.stderr
    replaced = run_cli("demo", "--db", str(path), "--replace")
    assert replaced.returncode == 0, replaced.stderr
    db = Database.open(path)
    assert db.scalar("SELECT count(*) FROM plan") == len(DEMO_PLANS)
    assert db.scalar("SELECT count(*) FROM import_batch WHERE state = 'undone'") == 1
    db.close()


def test_a_database_held_by_another_process_is_explained(tmp_path):
    path = tmp_path / "p.duckdb"
    holder = Database.open(path)  # this test process holds the file, like the server
    try:
        result = run_cli_process("init", "--db", str(path))  # another process than the holder
    finally:
        holder.close()
    assert result.returncode == 2
    assert "brukes av en annen prosess" in result.stderr
    assert "Traceback" not in result.stderr


STATUS = "tiltak_id;dato;status;fremdrift\nhis-t02;20.11.2026;gul;50\n"
BAD = STATUS + "his-t99;20.11.2026;lilla;150\n"


def test_import_reports_every_error_exits_1_and_writes_nothing(tmp_path, demo_template):
    db_path = demo_file(tmp_path, demo_template)
    bad = tmp_path / "status.csv"
    bad.write_text(BAD, encoding="cp1252")
    result = import_cli(db_path, bad, "--json")
    assert result.returncode == 1
    outcome = json.loads(result.stdout)
    assert outcome["kind"] == "status" and outcome["source_format"] == "planpuls-status"
    assert (outcome["added"], outcome["rejected"]) == (1, 1)
    assert [(e["line"], e["column"], e["code"]) for e in outcome["errors"]] == [
        (3, "tiltak_id", "unknown_measure"),
        (3, "status", "bad_status"),
        (3, "fremdrift", "progress_range"),
    ]
    text = import_cli(db_path, bad)
    assert "linje 3, «status»: lilla – Ukjent status" in text.stderr
    assert text.stdout.count("Nye: 1, Endret: 0") == 1  # the outcome once
    assert "Traceback" not in text.stderr
    db = Database.open(db_path)
    assert db.scalar("SELECT count(*) FROM import_batch") == 1  # only the demo
    db.close()


def test_import_dry_run_then_import_then_unchanged_then_undo(tmp_path, demo_template):
    db_path = demo_file(tmp_path, demo_template)
    good = tmp_path / "status.csv"
    good.write_text(STATUS, encoding="utf-8")
    dry = import_cli(db_path, good, "--dry-run", "--json")
    assert dry.returncode == 0 and json.loads(dry.stdout)["batch"] is None
    done = import_cli(db_path, good, "--json", "--by", "Kommunikasjonsansvarlig")
    assert done.returncode == 0
    assert json.loads(done.stdout)["batch"] == 2
    again = import_cli(db_path, good, "--json")
    assert json.loads(again.stdout)["unchanged"] == 1 and json.loads(again.stdout)["batch"] is None
    listed = run_cli("batches", "--db", str(db_path), "--json")
    batches = json.loads(listed.stdout)
    assert batches[0]["created_by"] == "Kommunikasjonsansvarlig"
    assert run_cli("undo", "2", "--db", str(db_path)).returncode == 0
    twice = run_cli("undo", "2", "--db", str(db_path))
    assert twice.returncode == 1 and "allerede angret" in twice.stderr


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", 2), (b"\x00\xff\x10" * 300, 2), (b"navn;alder\nA;3\n", 1)],
)
def test_import_unreadable_or_unknown_files(tmp_path, demo_template, content, code):
    db_path = demo_file(tmp_path, demo_template)
    file = tmp_path / "x.csv"
    file.write_bytes(content)
    # The entry point as a process of its own: its exit codes, and no traceback.
    result = run_cli_process("import", str(file), "--db", str(db_path), "--plan", "his-2025")
    assert result.returncode == code
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_import_usage_errors_exit_2(tmp_path, demo_template):
    db_path = demo_file(tmp_path, demo_template)
    missing = run_cli("import", str(tmp_path / "nope.csv"), "--db", str(db_path))
    assert missing.returncode == 2 and f"kan ikke lese {tmp_path / 'nope.csv'}" in missing.stderr
    file = tmp_path / "s.csv"
    file.write_text(STATUS, encoding="utf-8")
    no_plan = run_cli("import", str(file), "--db", str(db_path))
    assert no_plan.returncode == 2 and "--plan" in no_plan.stderr
    bad_kind = run_cli("import", str(file), "--kind", "cats", "--db", str(db_path))
    assert bad_kind.returncode == 2
