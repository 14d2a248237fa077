"""What the commands share: the database and language arguments, dates, the plan check."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import NamedTuple

from dashboard import settings
from dashboard.cli.errors import Handler, usage
from dashboard.db import Database, open_database
from dashboard.i18n import LANGUAGES
from dashboard.plans import plan_ids


class Remote(NamedTuple):
    """How a subcommand runs in the dashboard's process when that holds the database.

    ``inputs`` and ``outputs`` name the arguments (argparse dests) that are files the
    command reads or writes: the command line sends an input's bytes to the server,
    which puts them in a temporary file of the same name; an output is written there
    and its bytes come back to be written where the user asked. ``stdin`` makes the
    text the command would read from standard input (e.g. a password asked for here,
    on this terminal); without it the command reads nothing.
    (dashboard/cli/remote.py sends, dashboard/local_server.py runs.)
    """

    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    stdin: Callable[[argparse.Namespace], str] | None = None
    #: Runs here before the command is sent: settles an argument on this machine (a
    #: folder to the file to write in it) or refuses (raises CliError) as the command would.
    local: Callable[[argparse.Namespace], None] | None = None


class Command(NamedTuple):
    """One subcommand: how its arguments are added to the parser, and what runs it.

    ``remote`` says how it runs through the running dashboard when that holds the
    database (None: never; it opens the file itself, and is refused as busy while the
    dashboard runs).
    """

    add: Callable[[argparse._SubParsersAction], None]
    run: Handler
    remote: Remote | None = None


class Served(NamedTuple):
    """The database and the person a command runs for inside the dashboard's process."""

    db: Database
    actor: str


#: Set while the dashboard's process runs a command for the command line (local_server).
SERVED: ContextVar[Served | None] = ContextVar("planpuls_served", default=None)


class _Borrowed:
    """The server's own database lent to one command: everything but closing it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def close(self) -> None:
        """The server keeps its database open."""

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)


def db_target(text: str) -> Path | str:
    """A --db value: a postgresql:// URL as given, else a file path (for argparse)."""
    return text if settings.is_postgres_url(text) else Path(text)


def db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` (or a postgresql:// URL) on a command that opens the database."""
    parser.add_argument(
        "--db",
        type=db_target,
        default=None,
        help="database file or postgresql:// URL (default: PLANPULS_DB or data/planpuls.duckdb)",
    )


def lang_argument(parser: argparse.ArgumentParser) -> None:
    """``--lang nb|nn|en`` on a command that writes words for a reader (the board's)."""
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=None,
        help="language of the report and messages (default: PLANPULS_LANG or nb)",
    )


def open_db(args: argparse.Namespace) -> Database:
    """The database the command names with --db, else the configured one.

    Inside the dashboard's process (a command sent by the command line) it is the
    server's own database, which the command's ``close()`` leaves open.
    """
    served = SERVED.get()
    if served is not None:
        return _Borrowed(served.db)  # type: ignore[return-value]
    return open_database(args.db or settings.db_target())


def iso_date(text: str) -> dt.date:
    """A date as 2026-06-30 (for argparse)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-06-30"
        ) from None


def parse_date(text: str) -> dt.date:
    """A date as 2021-11-18 or 18.11.2021 (for argparse)."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (write 2021-11-18 or 18.11.2021)")


def plan_id(db: Database, wanted: str | None) -> str:
    """The plan a command works on: the one named, or the only one; else a usage error."""
    plans = plan_ids(db)
    if wanted:
        if wanted not in plans:
            if not plans:
                raise usage("cli.unknown_plan_none", plan=wanted)
            raise usage("cli.unknown_plan", plan=wanted, plans=", ".join(plans))
        return wanted
    if len(plans) == 1:
        return plans[0]
    if not plans:
        raise usage("cli.no_plans")
    raise usage("cli.choose_plan", plans=", ".join(plans))


def actor() -> str:
    """Who runs the command, as recorded with what it changes (through the dashboard
    too: the name of the person at the command line, not the server's)."""
    served = SERVED.get()
    if served is not None:
        return served.actor
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name in some containers
        return "cli"
