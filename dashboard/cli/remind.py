"""``remind``: e-mail the owners of a plan who have not reported since the last meeting."""

from __future__ import annotations

import argparse
import json

from dashboard import owner_links, reminders
from dashboard.cli.common import Command, Remote, actor, db_argument, lang_argument, open_db
from dashboard.cli.common import plan_id as checked_plan
from dashboard.cli.errors import EXIT_OK, EXIT_REJECTED, translator
from dashboard.i18n import Translator


def _parser(subparsers: argparse._SubParsersAction) -> None:
    remind = subparsers.add_parser(
        "remind",
        help="e-mail the owners who have not reported since the last meeting",
        description="Each owner of open measures with no status update since the plan's last "
        "recorded meeting (or a cadence ago) gets one e-mail with their own measures and "
        "their link, through PLANPULS_SMTP_URL. Owners mailed today and owners without an "
        "e-mail address are skipped and named. Exit 0 sent (or nothing to send), 1 refused "
        "(no SMTP settings, the server cannot be reached, or a mail was refused), 2 usage.",
    )
    remind.add_argument("--plan", required=True, help="plan id")
    remind.add_argument(
        "--dry-run", action="store_true", help="print who would get which mail; send nothing"
    )
    remind.add_argument("--json", action="store_true", help="print the outcome as JSON")
    remind.add_argument(
        "--base-url",
        default=None,
        help="the dashboard's address the links start with "
        "(default: PLANPULS_PUBLIC_URL, else http://localhost:PLANPULS_PORT)",
    )
    lang_argument(remind)
    db_argument(remind)


def _reason(skip: reminders.Skip, planned: reminders.Plan, t: Translator) -> str:
    return t(f"remind.reason.{skip.reason}", since=planned.baseline.label(t))


def _as_json(
    planned: reminders.Plan, outcome: reminders.Outcome | None, t: Translator
) -> dict[str, object]:
    sent = {m.owner_id for m in outcome.sent} if outcome else set()
    failed = {f.mail.owner_id: f.reason for f in outcome.failed} if outcome else {}
    skipped = outcome.skipped if outcome else planned.skipped
    return {
        "plan": planned.plan_id,
        "since": planned.baseline.date.isoformat(),
        "meeting": planned.baseline.meeting.name if planned.baseline.meeting else None,
        "dry_run": outcome is None,
        "run": outcome.run_no if outcome and outcome.run_no else None,
        "mails": [
            {
                "owner_id": m.owner_id,
                "owner": m.owner,
                "address": m.address,
                "measure_ids": list(m.measure_ids),
                "measures": list(m.measures),
                "subject": m.subject,
                "sent": m.owner_id in sent,
                **({"error": failed[m.owner_id]} if m.owner_id in failed else {}),
            }
            for m in planned.mails
        ],
        "skipped": [
            {
                "owner_id": s.owner_id,
                "owner": s.owner,
                "reason": s.reason,
                "why": _reason(s, planned, t),
                "measures": list(s.measures),
            }
            for s in skipped
        ],
    }


def _remind(args: argparse.Namespace) -> int:
    """``remind``: plan (and unless --dry-run send) the plan's reminders."""
    t = translator(args)
    base_url = args.base_url or owner_links.default_base_url()
    db = open_db(args)
    try:
        checked_plan(db, args.plan)
        planned, outcome = reminders.remind(
            db,
            args.plan,
            t,
            base_url=base_url,
            by=actor(),
            via="cli",
            dry_run=args.dry_run,
        )
    finally:
        db.close()
    if args.json:
        print(json.dumps(_as_json(planned, outcome, t), ensure_ascii=False))
    else:
        print(t("remind.cli.since", plan=planned.plan_name, since=planned.baseline.label(t)))
        failed = {f.mail.owner_id: f.reason for f in outcome.failed} if outcome else {}
        for m in planned.mails:
            line = t("remind.cli.mail", owner=m.owner, address=m.address,
                     measures="; ".join(m.measures))  # fmt: skip
            if m.owner_id in failed:
                line += "\n  " + t(
                    "remind.failed", owner=m.owner, address=m.address, reason=failed[m.owner_id]
                )
            print(line)
        for s in outcome.skipped if outcome else planned.skipped:
            print(t("remind.cli.skip", owner=s.owner, reason=_reason(s, planned, t)))
        if outcome is None:
            print(t("remind.cli.dry_run"))
        elif planned.mails:
            print(t("remind.sent", n=len(outcome.sent)))
        else:
            print(t("remind.nobody"))
    return EXIT_REJECTED if outcome is not None and outcome.failed else EXIT_OK


COMMANDS = {"remind": Command(_parser, _remind, Remote())}
