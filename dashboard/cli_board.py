"""Commands for the board meeting: ``report`` and ``meetings add|list|remove``.

dashboard.cli wires these in with :func:`register`. Same conventions: exit 0
done, 1 refused (the reason is printed), 2 usage error, an unreadable or busy
database, or a file that cannot be written; never a traceback for a user mistake.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from dashboard import meetings, reports, settings
from dashboard.db import Database
from dashboard.i18n import LANGUAGES, Translator

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class _Usage(Exception):
    """A usage error found after parsing (exit 2)."""


def parse_date(text: str) -> dt.date:
    """A date as 2021-11-18 or 18.11.2021 (for argparse)."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (write 2021-11-18 or 18.11.2021)")


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="database file (default: PLANPULS_DB or data/planpuls.duckdb)",
    )


def _lang_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=None,
        help="language of the report and messages (default: PLANPULS_LANG or nb)",
    )


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    """Add ``report`` and ``meetings`` to the command line; return their handlers."""
    report = subparsers.add_parser(
        "report",
        help="write the status report for the board as Word, PowerPoint or PDF",
        description="The report of a recorded meeting (its frozen snapshot) or of the status "
        "on a date. 'Since' is the meeting before it unless --since names a date. Exit 0 "
        "written, 1 refused, 2 usage error or the file cannot be written.",
    )
    report.add_argument("--plan", required=True, help="plan id")
    source = report.add_mutually_exclusive_group(required=True)
    source.add_argument("--meeting", help="a recorded meeting's name, e.g. 'Møte 6/2021'")
    source.add_argument("--as-of", type=parse_date, help="status date (YYYY-MM-DD)")
    report.add_argument("--since", type=parse_date, help="compare with this date instead")
    report.add_argument(
        "--format",
        choices=sorted(reports.FORMATS),
        help="docx, pptx or pdf (default: from the output file's extension)",
    )
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _lang_argument(report)
    _db_argument(report)

    meeting = subparsers.add_parser(
        "meetings",
        help="board meetings and their snapshots: add, list, remove",
        description="Recording a meeting freezes the plan's status on its date; the "
        "meeting's report and 'since' views read that snapshot from then on.",
    )
    actions = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record a meeting and freeze the plan's status")
    add.add_argument("--plan", required=True, help="plan id")
    add.add_argument("name", metavar="NAME", help="e.g. 'Møte 6/2021'")
    add.add_argument("--date", type=parse_date, required=True, help="meeting date")
    add.add_argument("--by", default="cli", help="who records it")
    listing = actions.add_parser("list", help="the plan's meetings, oldest first")
    listing.add_argument("--plan", required=True, help="plan id")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    remove = actions.add_parser("remove", help="remove a meeting and its snapshot")
    remove.add_argument("--plan", required=True, help="plan id")
    remove.add_argument("name", metavar="NAME")
    for sub in (add, listing, remove):
        _lang_argument(sub)
        _db_argument(sub)
    return {"report": cmd_report, "meetings": cmd_meetings}


def _translator(args: argparse.Namespace) -> Translator:
    return Translator(getattr(args, "lang", None) or settings.default_language())


def _guarded(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; turn its own refusals into messages and exit codes."""
    t = _translator(args)
    try:
        return run(args)
    except _Usage as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except meetings.MeetingRefused as refused:
        print(f"error: {t('meeting.error.' + refused.code, **refused.params)}", file=sys.stderr)
        return EXIT_REJECTED
    # Database errors (a busy file, say) are reported by dashboard.cli.main for every command.


def _open(args: argparse.Namespace) -> Database:
    return Database.open(args.db or settings.db_path())


def _check_plan(db: Database, plan_id: str) -> None:
    plans = db.sql("SELECT id FROM plan ORDER BY id")["id"].tolist()
    if plan_id not in plans:
        raise _Usage(f"unknown plan {plan_id!r}; plans: {', '.join(plans) or 'none'}")


def cmd_report(args: argparse.Namespace) -> int:
    """``report``: write one report file."""
    return _guarded(_report, args)


def _report(args: argparse.Namespace) -> int:
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in reports.FORMATS:
        raise _Usage("choose the format with --format docx|pptx|pdf (or name FILE .docx, …)")
    if not args.output.parent.is_dir():
        raise _Usage(f"cannot write {args.output}: the folder {args.output.parent} does not exist")
    t = _translator(args)
    db = _open(args)
    try:
        _check_plan(db, args.plan)
        meeting = meetings.find(db, args.plan, args.meeting) if args.meeting else None
        date = meeting.date if meeting else args.as_of
        if args.since is not None and args.since >= date:
            raise _Usage(f"--since {args.since} must be before the report's date {date}")
        report = reports.report_for(
            db,
            args.plan,
            t,
            meeting=meeting,
            as_of=args.as_of,
            since=args.since,
            generated=settings.today(),
        )
    finally:
        db.close()
    _name, data = reports.render(report, fmt)
    try:
        args.output.write_bytes(data)
    except OSError as exc:
        raise _Usage(f"cannot write {args.output}: {exc.strerror}") from exc
    print(f"{args.output}: {report.title} – {report.subtitle} ({len(data):,} bytes)")
    return EXIT_OK


def cmd_meetings(args: argparse.Namespace) -> int:
    """``meetings add|list|remove``."""
    return _guarded(_meetings, args)


def _meetings(args: argparse.Namespace) -> int:
    t = _translator(args)
    db = _open(args)
    try:
        _check_plan(db, args.plan)
        action = args.meeting_command
        if action == "add":
            meeting = meetings.record(
                db, args.plan, args.name, args.date, by=args.by, today=settings.today()
            )
            count = db.scalar(
                "SELECT count(*) FROM meeting_measure WHERE meeting_id = $m", {"m": meeting.id}
            )
            print(t("meeting.recorded", name=meeting.name, date=t.date(meeting.date), n=count))
        elif action == "remove":
            meeting = meetings.find(db, args.plan, args.name)
            meetings.remove(db, meeting.id)
            print(t("meeting.removed", name=meeting.name))
        else:
            rows = meetings.all_meetings(db, args.plan)
            if args.json:
                print(
                    json.dumps(
                        [
                            {
                                "name": m.name,
                                "date": m.date.isoformat(),
                                "recorded_at": m.recorded_at.isoformat(timespec="seconds"),
                                "recorded_by": m.recorded_by,
                                "cadence_days": m.cadence_days,
                                "illustrative": m.illustrative,
                            }
                            for m in rows
                        ],
                        ensure_ascii=False,
                    )
                )
            elif not rows:
                print(t("meeting.none"))
            else:
                for m in rows:
                    print(f"{m.date.isoformat()}  {m.name}  ({m.recorded_by})")
    finally:
        db.close()
    return EXIT_OK
