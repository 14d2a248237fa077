"""The command line for work without a browser: ``python -m dashboard COMMAND``.

Exit codes: 0 success, 1 the input or the database state was refused (with the
reason; a file over a limit too), 2 usage error, a file that is not a table we can
read, or an unreadable/busy database, 3 an unexpected failure (a defect: a short
message, the traceback in a log file, or on screen with --debug). Never a traceback
by default.

One parser (:mod:`.parser`) holds every subcommand from one table; each command is
a function taking the parsed arguments and returning an exit code (one module per
family: :mod:`.accounts`, :mod:`.plan_commands`, :mod:`.imports`, :mod:`.board`);
what stops a command early is one error type, :class:`.errors.CliError`, which
carries its exit code and its message, and :func:`.errors.run` answers it.

While the dashboard runs it holds the database file; a command whose family declares
how (:class:`.common.Remote`) then runs inside the dashboard's process instead
(:mod:`.remote`, dashboard/local_server.py), with the same output and exit code.
"""

from __future__ import annotations

import sys

from dashboard.cli.errors import (
    ERROR_LOG,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    CliError,
    run,
)
from dashboard.cli.parser import build_parser, handler
from dashboard.cli.remote import busy_elsewhere, forward
from dashboard.db import DatabaseBusyError

# The import command looks the pipeline up here, so a test can put a broken one in.
from dashboard.ingest.pipeline import check_and_commit

__all__ = [
    "ERROR_LOG",
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_UNEXPECTED",
    "EXIT_USAGE",
    "CliError",
    "build_parser",
    "check_and_commit",
    "main",
]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    here = handler(args.command)
    sent = list(sys.argv[1:] if argv is None else argv)

    def start(parsed) -> int:  # through the running dashboard, else here
        code = forward(parsed, sent)
        if code is not None:
            return code
        try:
            return here(parsed)
        except DatabaseBusyError as busy:  # held by a dashboard of another account?
            raise busy_elsewhere(parsed) or busy from None

    return run(start, args, log=ERROR_LOG)
