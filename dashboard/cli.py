"""The command line for work without a browser (administration, demo, later imports).

Exit codes: 0 success, 1 the input or the database state was refused (with the
reason), 2 usage error or an unreadable/busy database. Never a traceback for a
user's mistake.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard import __version__, settings
from dashboard.db import Database, DatabaseBusyError, DatabaseError
from dashboard.demo import demo_batches, load_demo
from dashboard.ingest.batches import undo

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="database file (default: PLANPULS_DB or data/planpuls.duckdb)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Planpuls: follow a communication action plan from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"Planpuls {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create the database or bring its schema up to date")
    _db_argument(init)

    demo = commands.add_parser("demo", help="load the demo plans built from the real strategies")
    _db_argument(demo)
    demo.add_argument(
        "--replace", action="store_true", help="remove an earlier demo load first, then load again"
    )
    return parser


def _open(path: Path | None) -> Database:
    return Database.open(path or settings.db_path())


def _cmd_init(args: argparse.Namespace) -> int:
    db = _open(args.db)
    try:
        print(f"Database {db.path} is at schema version {db.schema_version()}.")
    finally:
        db.close()
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    db = _open(args.db)
    try:
        existing = demo_batches(db)
        if existing and not args.replace:
            print(
                f"The demo plans are already in {db.path} (batch {existing[0]}). "
                "Use --replace to load them again.",
                file=sys.stderr,
            )
            return EXIT_REJECTED
        for batch in existing:
            undo(db, batch, by="cli")
        batch = load_demo(db, created_by="cli")
        plans = db.sql(
            "SELECT p.name, count(DISTINCT g.id) AS goals, count(m.id) AS measures FROM plan p "
            "JOIN goal g ON g.plan_id = p.id LEFT JOIN measure m ON m.goal_id = g.id "
            "WHERE p.import_batch_id = $b GROUP BY p.name ORDER BY p.name",
            {"b": batch},
        )
        print(f"Loaded the demo into {db.path} as import batch {batch}:")
        for name, goals, measures in plans.itertuples(index=False):
            print(f"  {name}: {goals} goals, {measures} measures")
    finally:
        db.close()
    return EXIT_OK


_COMMANDS = {"init": _cmd_init, "demo": _cmd_demo}


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
    try:
        return _COMMANDS[args.command](args)
    except DatabaseBusyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REJECTED
