"""One command line: every command's errors are answered by one frame, in the user's language.

The board commands (report, meetings) once had their own usage error and their own
catch; now a usage error, a refusal, a busy database or a defect raised in any
command reaches dashboard.cli's one answer: an exit code and one line, never a
traceback.
"""

from __future__ import annotations

import argparse
import inspect

import pytest

from dashboard import cli, reports
from dashboard.cli import parser as cli_parser
from dashboard.cli.errors import CliError
from dashboard.db import Database
from dashboard.i18n import MESSAGES
from tests.conftest import held_by_another_process
from tests.demo_plans import DEMO_PLANS

PREFIX = {"nb": "feil", "nn": "feil", "en": "error"}  # what a refusal starts with


@pytest.fixture
def db_file(demo_db):
    """The demo database's file, closed so that the command can open it."""
    path = demo_db.path
    demo_db.close()
    return str(path)


def _run(capsys, *words: str) -> tuple[int, str, str]:
    code = cli.main(list(words))
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out, out.err


def _meeting_names(path: str, plan: str) -> list[str]:
    db = Database.open(path)
    try:
        return db.sql(
            "SELECT name FROM meeting WHERE plan_id = $p ORDER BY meeting_date, id", {"p": plan}
        )["name"].tolist()
    finally:
        db.close()


def test_a_usage_error_in_a_board_command_is_answered_by_main_with_exit_2(
    db_file, tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    target = tmp_path / "r.pdf"
    code, out, err = _run(capsys, "report", "--plan", "nope", "--as-of", "2021-11-18",
                          "-o", str(target), "--db", db_file)  # fmt: skip
    assert code == 2 and out == ""
    assert err == (
        f"feil: ukjent plan «nope». Planene er: {', '.join(DEMO_PLANS)}. "
        "Skriv en av dem etter --plan (se `python -m dashboard plans list`).\n"
    )
    code, _, err = _run(capsys, "meetings", "list", "--plan", "nope", "--db", db_file)
    assert code == 2 and err.startswith("feil: ukjent plan «nope»")
    code, _, err = _run(capsys, "meetings", "list", "--plan", "nope", "--lang", "en",
                        "--db", db_file)  # fmt: skip
    assert code == 2 and err == (
        f"error: unknown plan “nope”. The plans are: {', '.join(DEMO_PLANS)}. "
        "Write one of them after --plan (see `python -m dashboard plans list`).\n"
    )
    code, _, err = _run(capsys, "report", "--plan", "ho21-2020", "--as-of", "2021-11-18",
                        "--since", "2021-12-01", "-o", str(target), "--db", db_file)  # fmt: skip
    assert code == 2 and "--since 2021-12-01 må være før rapportens dato 2021-11-18" in err
    code, _, err = _run(capsys, "report", "--plan", "ho21-2020", "--as-of", "2021-11-18",
                        "--since", "2021-12-01", "-o", str(target), "--lang", "en",
                        "--db", db_file)  # fmt: skip
    assert code == 2 and "--since 2021-12-01 must be before the report's date 2021-11-18" in err
    assert not target.exists()


def test_a_usage_error_is_said_in_the_language_of_planpuls_lang(db_file, capsys, monkeypatch):
    monkeypatch.setenv("PLANPULS_LANG", "en")
    code, _, err = _run(capsys, "meetings", "list", "--plan", "nope", "--db", db_file)
    listed = ", ".join(DEMO_PLANS)  # every plan, sorted, so that the user can pick one
    assert code == 2 and err.startswith(f"error: unknown plan “nope”. The plans are: {listed}.")
    code, _, err = _run(capsys, "meetings", "list", "--plan", "nope", "--lang", "nb",
                        "--db", db_file)  # fmt: skip
    assert code == 2 and err.startswith(f"feil: ukjent plan «nope». Planene er: {listed}.")


def test_a_database_without_plans_says_how_to_make_one(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    empty = tmp_path / "empty.duckdb"
    Database.open(empty).close()
    file = tmp_path / "s.csv"
    file.write_text("tiltak;status\nx;pågår\n", encoding="utf-8")
    code, _, err = _run(capsys, "import", str(file), "--db", str(empty))
    assert code == 2 and err.startswith("feil: databasen har ingen planer.")
    assert "`python -m dashboard plans add`" in err
    code, _, err = _run(capsys, "meetings", "list", "--plan", "x", "--lang", "en",
                        "--db", str(empty))  # fmt: skip
    assert code == 2 and "unknown plan “x”: the database has no plans" in err


def test_the_same_plan_check_answers_import_and_the_board_commands(db_file, tmp_path, capsys):
    file = tmp_path / "s.csv"
    file.write_text("tiltak;status\nx;pågår\n", encoding="utf-8")
    imported = _run(capsys, "import", str(file), "--plan", "nope", "--db", db_file)
    listed = _run(capsys, "meetings", "list", "--plan", "nope", "--db", db_file)
    assert imported[0] == listed[0] == 2
    assert imported[2] == listed[2]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_board_refusal_is_said_in_the_users_language(db_file, tmp_path, capsys, lang):
    known = ", ".join(_meeting_names(db_file, "ho21-2020"))
    assert "Møte 6/2021" in known
    code, _, err = _run(capsys, "report", "--plan", "ho21-2020", "--meeting", "Møte 9/2021",
                        "-o", str(tmp_path / "r.pdf"), "--lang", lang, "--db", db_file)  # fmt: skip
    expected = MESSAGES["meeting.error.no_such_meeting"][lang].format(
        name="Møte 9/2021", known=known
    )
    assert code == 1 and err == f"{PREFIX[lang]}: {expected}\n"


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_language_setting_chooses_the_language_of_a_refusal(db_file, capsys, monkeypatch, lang):
    monkeypatch.setenv("PLANPULS_LANG", lang)
    code, _, err = _run(capsys, "meetings", "remove", "--plan", "his-2025", "Ingen slik",
                        "--db", db_file)  # fmt: skip
    known = ", ".join(_meeting_names(db_file, "his-2025"))
    expected = MESSAGES["meeting.error.no_such_meeting"][lang].format(
        name="Ingen slik", known=known
    )
    assert code == 1 and err == f"{PREFIX[lang]}: {expected}\n"


@pytest.mark.parametrize(
    ("lang", "says"),
    [("nb", "Uventet feil (RuntimeError)"), ("en", "Unexpected error (RuntimeError)")],
)
def test_a_defect_in_a_board_command_exits_3_in_the_chosen_language(
    db_file, tmp_path, capsys, monkeypatch, lang, says
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("simulated defect")

    log = tmp_path / "errors.log"
    monkeypatch.setattr(reports, "report_for", broken)
    monkeypatch.setattr(cli, "ERROR_LOG", log)
    monkeypatch.delenv("PLANPULS_LANG", raising=False)
    code, _, err = _run(capsys, "report", "--plan", "ho21-2020", "--as-of", "2021-11-18",
                        "-o", str(tmp_path / "r.pdf"), "--lang", lang, "--db", db_file)  # fmt: skip
    assert code == 3
    assert says in err and str(log) in err
    assert "RuntimeError: simulated defect" in log.read_text(encoding="utf-8")


def test_a_busy_database_is_exit_2_for_a_board_command_too(db_file, capsys):
    with held_by_another_process(db_file):
        code, _, err = _run(capsys, "meetings", "list", "--plan", "his-2025", "--db", db_file)
    assert code == 2 and "brukes av en annen prosess" in err


def test_every_command_is_in_the_one_parser_once_and_returns_an_exit_code():
    families = [c for family in cli_parser.FAMILIES for c in family.COMMANDS]
    assert sorted(families) == sorted(cli_parser.ORDER)
    assert len(set(families)) == len(families)
    parser = cli.build_parser()
    shown = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(shown.choices) == list(cli_parser.ORDER)
    for name in cli_parser.ORDER:
        signature = inspect.signature(cli_parser.handler(name))
        assert list(signature.parameters) == ["args"]


@pytest.mark.parametrize(
    ("error", "lang", "code", "says"),
    [
        (CliError(2, "choose the plan with --plan"), "nb", 2, "choose the plan with --plan"),
        (CliError(1, key="meeting.error.no_such_plan", plan="x"), "nb", 1, "Ukjent plan «x»."),
        (CliError(1, key="meeting.error.no_such_plan", plan="x"), "en", 1, "Unknown plan “x”."),
    ],
)
def test_the_error_type_carries_its_code_and_its_message(error, lang, code, says):
    from dashboard.i18n import Translator

    assert (error.code, error.message(Translator(lang))) == (code, says)


def test_every_message_the_command_line_says_exists_in_every_language():
    import re
    from pathlib import Path

    folder = Path(cli.__file__).parent
    used = set()
    for module in folder.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", text))
        used |= set(re.findall(r"""\busage\(\s*["']([a-z_]+\.[a-z_.]+)["']""", text))
        used |= set(re.findall(r"""\bkey=["']([a-z_]+\.[a-z_.]+)["']""", text))
    assert {"meeting.recorded", "history.undone", "error.unexpected_cli"} <= used
    assert {"cli.unknown_plan", "cli.tool_options_only", "cli.demo_beside_plans"} <= used
    assert sorted(k for k in used if set(MESSAGES.get(k, {})) != {"nb", "nn", "en"}) == []
    # The refusals the one error type turns into messages: a key per code in each area.
    from dashboard.cli.errors import as_cli_error
    from dashboard.i18n import Translator, message
    from dashboard.meetings import MeetingRefused
    from dashboard.plans import PlanRefused

    said = as_cli_error(PlanRefused("no_such_plan", id="x")).message(Translator("en"))
    assert said == message("plans.no_such_plan", "en", id="x")
    said = as_cli_error(MeetingRefused("name_missing")).message(Translator("nn"))
    assert said == message("meeting.error.name_missing", "nn")
    assert as_cli_error(ValueError("a defect")) is None
