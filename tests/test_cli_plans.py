"""The command line for plans: add, list, archive, and removing the demo."""

from __future__ import annotations

import json

from dashboard.cli import main
from dashboard.db import Database
from dashboard.demo import load_demo
from tests.demo_plans import DEMO_PLANS

GOALS = (
    "plan;mål_id;tittel;beskrivelse\n"
    "hmn-2026-h1;k1;Synlig og tilgjengelig;\n"
    "hmn-2026-h1;k2;Dialog med innbyggerne;\n"
)


def add(db, *args: str) -> int:
    return main(["plans", "add", *args, "--db", str(db)])


def test_a_plan_is_added_listed_imported_into_and_archived(tmp_path, capsys):
    db = tmp_path / "p.duckdb"
    assert add(db, "--id", "hmn-2026", "--name", "Regional strategi", "--start", "2026-01-01",
               "--end", "2030-12-31", "--org", "Helse Midt-Norge",
               "--cadence", "90") == 0  # fmt: skip
    assert "hmn-2026" in capsys.readouterr().out
    # the half-yearly plan takes its parent's organisation
    assert add(db, "--id", "hmn-2026-h1", "--name", "Kommunikasjonsplan 1. halvår 2026",
               "--start", "2026-01-01", "--end", "2026-06-30", "--parent", "hmn-2026",
               "--by", "sekretariatet") == 0  # fmt: skip
    capsys.readouterr()
    assert main(["plans", "list", "--json", "--db", str(db)]) == 0
    listed = {p["id"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed["hmn-2026-h1"]["parent_id"] == "hmn-2026"
    assert listed["hmn-2026-h1"]["organisation"] == "Helse Midt-Norge"
    assert listed["hmn-2026"]["cadence_days"] == 90
    assert listed["hmn-2026"]["period_end"].startswith("2030-12-31")

    goals = tmp_path / "goals.csv"
    goals.write_text(GOALS, encoding="utf-8")
    assert main(["import", str(goals), "--plan", "hmn-2026-h1", "--db", str(db)]) == 0
    capsys.readouterr()
    database = Database.open(db)
    try:
        titles = database.sql("SELECT title FROM goal WHERE plan_id = 'hmn-2026-h1' ORDER BY id")
        assert titles["title"].tolist() == ["Synlig og tilgjengelig", "Dialog med innbyggerne"]
        assert database.scalar("SELECT created_by FROM import_batch WHERE id = 2") == (
            "sekretariatet"
        )
    finally:
        database.close()

    assert main(["plans", "archive", "hmn-2026-h1", "--db", str(db)]) == 0
    assert "arkivert" in capsys.readouterr().out
    assert main(["plans", "archive", "hmn-2026-h1", "--db", str(db)]) == 1
    assert "allerede arkivert" in capsys.readouterr().err
    assert main(["plans", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Arkivert" in out and "I bruk" in out
    assert main(["plans", "unarchive", "hmn-2026-h1", "--db", str(db)]) == 0


def test_bad_input_is_refused_in_words_with_the_right_exit_code(tmp_path, capsys):
    db = tmp_path / "p.duckdb"
    base = ["--name", "Plan", "--org", "Helse Midt-Norge"]
    # a date that is no date: usage error
    assert add(db, "--id", "p", *base, "--start", "31.12.2026", "--end", "2026-12-31") == 2
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and "Traceback" not in err
    # refused input: exit 1 with the reason
    assert add(db, "--id", "Plan 1", *base, "--start", "2026-01-01", "--end", "2026-12-31") == 1
    assert "kan ikke brukes som id" in capsys.readouterr().err
    assert add(db, "--id", "p", *base, "--start", "2026-07-01", "--end", "2026-06-30") == 1
    assert "etter sluttdatoen" in capsys.readouterr().err
    assert add(db, "--id", "p", *base, "--start", "2026-01-01", "--end", "2026-06-30",
               "--cadence", "0") == 1  # fmt: skip
    assert "Rapporteringsintervallet" in capsys.readouterr().err
    assert add(db, "--id", "p", *base, "--start", "2026-01-01", "--end", "2026-06-30",
               "--parent", "finnes-ikke") == 1  # fmt: skip
    assert "finnes-ikke" in capsys.readouterr().err
    assert main(["plans", "archive", "finnes-ikke", "--db", str(db)]) == 1
    assert "Det finnes ingen plan" in capsys.readouterr().err
    database = Database.open(db)
    try:
        assert database.scalar("SELECT count(*) FROM plan") == 0
    finally:
        database.close()


def test_demo_remove_takes_the_demo_away_and_keeps_an_own_plan(tmp_path, capsys, monkeypatch):
    db = tmp_path / "p.duckdb"
    database = Database.open(db)
    load_demo(database)
    database.close()
    assert add(db, "--id", "egen", "--name", "Egen plan", "--org", "Tynset kommune",
               "--start", "2026-01-01", "--end", "2026-12-31") == 0  # fmt: skip
    capsys.readouterr()
    assert main(["demo", "--remove", "--db", str(db)]) == 0
    assert "Demoplanene er fjernet" in capsys.readouterr().out
    assert main(["demo", "--remove", "--db", str(db)]) == 1
    assert "ingen demoplaner" in capsys.readouterr().err
    assert main(["plans", "list", "--json", "--db", str(db)]) == 0
    assert [p["id"] for p in json.loads(capsys.readouterr().out)] == ["egen"]
    assert main(["demo", "--remove", "--replace", "--db", str(db)]) == 2
    # The own plan kept the organisation: the demo cannot come back beside it.
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    assert main(["demo", "--db", str(db)]) == 1
    assert "organisasjonene dens finnes der allerede (tynset)" in capsys.readouterr().err
    monkeypatch.setenv("PLANPULS_LANG", "en")
    assert main(["demo", "--db", str(db)]) == 1
    assert "its organisations are already there (tynset)" in capsys.readouterr().err


def test_demo_replace_takes_uploads_to_the_demo_along(tmp_path, capsys):
    db = tmp_path / "p.duckdb"
    status = tmp_path / "status.csv"
    status.write_text("tiltak_id;dato;status;fremdrift\nhis-t01;2026-11-20;grønn;60\n")
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["import", str(status), "--plan", "his-2025", "--db", str(db)]) == 0
    assert main(["demo", "--replace", "--db", str(db)]) == 0
    assert "nr. 2" in capsys.readouterr().out
    database = Database.open(db)
    try:
        states = database.sql("SELECT id, kind, state FROM import_batch ORDER BY id").values
        assert [tuple(r) for r in states] == [
            (1, "demo", "undone"), (2, "status", "undone"), (3, "demo", "committed"),
        ]  # fmt: skip
        assert database.scalar("SELECT count(*) FROM plan") == len(DEMO_PLANS)
    finally:
        database.close()
