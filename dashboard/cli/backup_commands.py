"""``backup PATH`` and ``restore PATH``: a consistent copy of the database, and putting one back.

Exit 0 done, 1 refused (the reason is printed: the file exists, is not a Planpuls
database, is newer than this code, ...), 2 usage error or a busy database (the
dashboard holds the file and no command can reach it: a backup goes through the running
dashboard, as most commands do; a restore always needs it stopped).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard import settings
from dashboard.backup import backup, backup_target, ensure_free, restore
from dashboard.cli.common import Command, Remote, db_argument, lang_argument, open_db
from dashboard.cli.errors import (
    EXIT_OK,
    EXIT_REJECTED,
    refused,
    translator,
    usage,
)


def _backup_parser(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "backup",
        help="write a consistent copy of the database to a file",
        description="A copy made by DuckDB while no write is half done, that opens as a "
        "Planpuls database. PATH is a new file, or a folder (the copy is then named by the "
        "UTC time: planpuls-2026-11-26T0300Z.duckdb). Exit 0 written, 1 refused, 2 usage "
        "error or a busy database.",
    )
    # PATH is an OUTPUT file (Remote.outputs): written, never read.
    command.add_argument("path", type=Path, metavar="PATH", help="the backup file to write")
    command.add_argument(
        "--overwrite", action="store_true", help="replace PATH when it exists already"
    )
    db_argument(command)
    lang_argument(command)


def _restore_parser(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "restore",
        help="put a backup in place of the database (stop the dashboard first)",
        description="Checks that PATH is a Planpuls database (an older one is brought up "
        "to date), keeps the database file it replaces beside it as "
        "<db>.before-restore-<UTC time>, then puts the copy in place. PATH is not changed. "
        "Stop the dashboard first, then start it again. Exit 0 restored, 1 refused, 2 usage "
        "error or a busy database.",
    )
    # PATH is an input file: read, never changed.
    command.add_argument("path", type=Path, metavar="PATH", help="the backup file to restore")
    command.add_argument("--yes", action="store_true", help="replace without asking")
    db_argument(command)
    lang_argument(command)


def _refuse_postgres(args: argparse.Namespace) -> None:
    """Backup and restore are DuckDB's: a PostgreSQL database is refused (pg_dump's)."""
    target = args.db or settings.db_target()
    if settings.is_postgres_url(target):
        from dashboard.pg.database import display_url

        raise refused("backup.postgres", db=display_url(str(target)))


def _cmd_backup(args: argparse.Namespace) -> int:
    t = translator(args)
    _refuse_postgres(args)
    source = Path(args.db or settings.db_path())
    if not source.is_file():  # (opening it would make a new, empty database to copy)
        raise refused("backup.no_database", path=source)
    db = open_db(args)  # a busy database: the usual message (exit 2)
    try:
        written = backup(db, args.path, overwrite=args.overwrite)
        version = db.schema_version()
    finally:
        db.close()
    size = t.number(written.stat().st_size / 1_000_000, 1)
    print(t("backup.done", db=db.path, path=written, size=size, version=version))
    return EXIT_OK


def _confirmed(args: argparse.Namespace, db_path: Path) -> bool:
    t = translator(args)
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise usage("backup.need_yes", db=db_path)
    answer = input(t("backup.confirm", db=db_path, src=args.path)).strip().lower()
    return answer in ("j", "ja", "y", "yes")


def _cmd_restore(args: argparse.Namespace) -> int:
    t = translator(args)
    _refuse_postgres(args)
    db_path = Path(args.db or settings.db_path())
    ensure_free(db_path)  # (said before asking: the dashboard must be stopped first)
    if not _confirmed(args, db_path):
        print(t("backup.cancelled"), file=sys.stderr)
        return EXIT_REJECTED
    done = restore(args.path, db_path)
    print(t("backup.restored", db=done.database, src=done.source, version=done.version_now))
    if done.version_found != done.version_now:
        print(t("backup.migrated", found=done.version_found, version=done.version_now))
    if done.kept is not None:
        print(t("backup.kept", kept=done.kept))
    print(t("backup.start_again"))
    return EXIT_OK


def _settle_target(args: argparse.Namespace) -> None:
    """Before a backup goes through the running dashboard: the file it writes here (a
    folder: a file named by the time in it), refused as the command would refuse it."""
    _refuse_postgres(args)
    live = Path(args.db or settings.db_path()).absolute()
    args.path = backup_target(args.path, live, args.overwrite).absolute()
    if args.overwrite:  # the replaced file's log must not be replayed into the copy
        Path(f"{args.path}.wal").unlink(missing_ok=True)


COMMANDS = {
    # Through the running dashboard: the copy is made there and written here.
    "backup": Command(_backup_parser, _cmd_backup, Remote(outputs=("path",), local=_settle_target)),
    # Never through it: a restore replaces the file the dashboard holds (stop it first).
    "restore": Command(_restore_parser, _cmd_restore),
}
