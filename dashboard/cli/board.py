"""``report`` and ``meetings add|list|remove``: the board meeting's commands."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dashboard import meetings, reports, settings, words
from dashboard.cli.common import (
    Command,
    Remote,
    db_argument,
    lang_argument,
    open_db,
    parse_date,
    plan_id,
)
from dashboard.cli.errors import EXIT_OK, translator, usage


def _report_parser(subparsers: argparse._SubParsersAction) -> None:
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
    lang_argument(report)
    db_argument(report)


def _meetings_parser(subparsers: argparse._SubParsersAction) -> None:
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
        lang_argument(sub)
        db_argument(sub)


def _report(args: argparse.Namespace) -> int:
    """``report``: write one report file."""
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in reports.FORMATS:
        raise usage("cli.choose_format")
    if not args.output.parent.is_dir():
        raise usage("cli.no_folder", path=args.output, folder=args.output.parent)
    t = translator(args)
    db = open_db(args)
    try:
        plan_id(db, args.plan)
        meeting = meetings.find(db, args.plan, args.meeting) if args.meeting else None
        date = meeting.date if meeting else args.as_of
        if args.since is not None and args.since >= date:
            raise usage("cli.since_not_before", since=args.since, date=date)
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
        raise usage("cli.cannot_write", path=args.output, reason=exc.strerror) from exc
    print(f"{args.output}: {report.title} – {report.subtitle} ({t.file_size(len(data))})")
    return EXIT_OK


def _meetings(args: argparse.Namespace) -> int:
    """``meetings add|list|remove``."""
    t = translator(args)
    db = open_db(args)
    try:
        plan_id(db, args.plan)
        action = args.meeting_command
        if action == "add":
            meeting = meetings.record(
                db, args.plan, args.name, args.date, by=args.by, today=settings.today()
            )
            count = meetings.snapshot_size(db, meeting.id)
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
                    print(f"{t.date(m.date)}  {m.name}  ({words.actor(m.recorded_by, t)})")
    finally:
        db.close()
    return EXIT_OK


COMMANDS = {
    "report": Command(_report_parser, _report, Remote(outputs=("output",))),
    "meetings": Command(_meetings_parser, _meetings, Remote()),
}
