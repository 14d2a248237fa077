"""The one argument parser: the global options, then every subcommand from one table."""

from __future__ import annotations

import argparse

from dashboard import __version__
from dashboard.cli import (
    accounts,
    backup_commands,
    board,
    imports,
    links,
    plan_commands,
    remind,
    tokens,
)
from dashboard.cli.common import Command
from dashboard.cli.errors import EXIT_CODES_HELP, Handler

#: The order --help lists the subcommands in (tests/test_cli.py: every family's are here).
ORDER = ("init", "demo", "import", "batches", "users", "plans", "generate", "report",
         "meetings", "remind", "undo", "tokens", "links", "backup", "restore")  # fmt: skip
FAMILIES = (accounts, plan_commands, imports, board, remind, tokens, links, backup_commands)
#: Every subcommand by name, from each family's table.
COMMANDS: dict[str, Command] = {
    name: command for family in FAMILIES for name, command in family.COMMANDS.items()
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Planpuls: follow a communication action plan from the command line.",
        epilog=EXIT_CODES_HELP,
    )
    parser.add_argument("--version", action="version", version=f"Planpuls {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on an unexpected failure, print the traceback (default: a short message)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in ORDER:
        COMMANDS[name].add(commands)
    return parser


def handler(name: str) -> Handler:
    """The function that runs the subcommand ``name``."""
    return COMMANDS[name].run
