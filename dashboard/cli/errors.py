"""The command line's exit codes and its one error type.

Every command is a function taking the parsed arguments and returning an exit code;
what stops it early is a :class:`CliError` (or a refusal from the core, turned into
one by :func:`as_cli_error`), answered by :func:`run` with one line on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from dashboard import settings
from dashboard.db import DatabaseBusyError, DatabaseError, DatabaseUnreachableError
from dashboard.i18n import Translator
from dashboard.refusal import Refused

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3

EXIT_CODES_HELP = (
    "exit codes: 0 done; 1 refused (a row or the file breaks a rule or a limit, or the "
    "database state does not allow it; the reason is printed); 2 usage error, a file that "
    "is not a table Planpuls can read (encoding, damaged Excel file, binary), or a busy "
    "database; 3 unexpected failure (a defect: the traceback goes to a log file whose "
    "name is printed, or to the screen with --debug)"
)
#: Where an unexpected failure's traceback is kept (appended, with the time).
ERROR_LOG = Path(tempfile.gettempdir()) / "planpuls-errors.log"

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A command stops with an exit code and a message for the person who ran it.

    The message is a key of the message tables with its parameters (said in the user's
    language), a refusal from the core (said by its own :meth:`Refused.message`), or a
    fixed text (the English of the command line's own words: options, usage, like
    argparse's messages).
    """

    def __init__(
        self,
        code: int,
        text: str | None = None,
        *,
        key: str | None = None,
        refusal: Refused | None = None,
        **params: object,
    ) -> None:
        super().__init__(text or key or refusal)
        self.code, self.text, self.key, self.params = code, text, key, params
        self.refusal = refusal

    def message(self, t: Translator) -> str:
        """The message in the language of ``t``."""
        if self.refusal is not None:
            return self.refusal.message(t)
        if self.key is None:
            return self.text or ""
        return t(self.key, **self.params)


def usage(key: str, **params: object) -> CliError:
    """A usage error found after parsing (exit 2), said from the tables (messages_cli)."""
    return _keyed(EXIT_USAGE, key, params)


def refused(key: str, **params: object) -> CliError:
    """The input or the database state was refused (exit 1); the reason from the tables."""
    return _keyed(EXIT_REJECTED, key, params)


def _keyed(code: int, key: str, params: dict[str, object]) -> CliError:
    # The parameters set apart, so that none is taken for the text or the refusal.
    error = CliError(code, key=key)
    error.params = params
    return error


def as_cli_error(exc: Exception) -> CliError | None:
    """The core's refusals and database errors as a CliError; None for anything else."""
    if isinstance(exc, CliError):
        return exc
    if isinstance(exc, DatabaseBusyError):  # the dashboard holds the file: not the input's fault
        return usage("cli.db_busy", path=exc.path) if exc.path else CliError(EXIT_USAGE, str(exc))
    if isinstance(exc, DatabaseUnreachableError):  # PostgreSQL does not answer: as busy
        return usage("cli.db_unreachable", target=exc.target)
    if isinstance(exc, DatabaseError):
        return CliError(EXIT_REJECTED, str(exc))
    if isinstance(exc, Refused):  # a file held by the dashboard: exit 2, as a busy database
        return CliError(EXIT_USAGE if exc.code == "busy" else EXIT_REJECTED, refusal=exc)
    return None


def translator(args: argparse.Namespace) -> Translator:
    """The user's language: the command's --lang, else PLANPULS_LANG, else bokmål."""
    return Translator(getattr(args, "lang", None) or settings.default_language())


def say_error(t: Translator, text: str) -> None:
    """One line on stderr: "feil: …" ("error: …" in English), in the user's language."""
    print(f"{t('cli.error')}: {text}", file=sys.stderr)


def run(handler: Handler, args: argparse.Namespace, log: Path | None = None) -> int:
    """Run one command: its exit code, a refusal said in one line, never a traceback."""
    try:
        return handler(args)
    except Exception as exc:
        error = as_cli_error(exc)
        if error is None:  # a defect: said in one line, the traceback kept in the log
            return unexpected(exc, args, ERROR_LOG if log is None else log)
        t = translator(args)
        say_error(t, error.message(t))
        return error.code


def unexpected(exc: Exception, args: argparse.Namespace, log: Path) -> int:
    """Exit code 3 with a short message; the traceback goes to the log (or the screen)."""
    if getattr(args, "debug", False):
        traceback.print_exc()
        return EXIT_UNEXPECTED
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    where = str(log)
    try:
        with log.open("a", encoding="utf-8") as file:
            file.write(f"--- {stamp} python -m dashboard {' '.join(sys.argv[1:])}\n")
            file.write(traceback.format_exc())
    except OSError:
        where = "--debug"
    t = translator(args)
    say_error(t, t("error.unexpected_cli", error=type(exc).__name__, log=where))
    return EXIT_UNEXPECTED
