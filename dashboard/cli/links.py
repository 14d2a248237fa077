"""``links create|list|revoke``: owners' personal links to "Rapporter status" (issue 15).

Exit 0 done, 1 refused (the reason is printed: an unknown plan or owner), 2 usage
error or a busy database (answered by dashboard.cli.errors.run). ``create`` prints
the link's address once, on its own line on standard output, so a script can
capture it; only a hash of its secret is stored.
"""

from __future__ import annotations

import argparse
import sys

from dashboard import owner_links
from dashboard.cli.common import Command, Remote, actor, db_argument, lang_argument, open_db
from dashboard.cli.errors import EXIT_OK, translator


def _links_parser(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "links",
        help="owners' personal links to report status: create, list, revoke",
        description="A link lets an owner report the status of their own open measures in a "
        "plan without an account. It lasts PLANPULS_LINK_DAYS (30) days and can be used "
        "again until it expires or is revoked. Planpuls keeps only a hash of its secret.",
    )
    actions = command.add_subparsers(dest="link_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make a link for an owner (its address printed)")
    create.add_argument(
        "--base-url",
        default=None,
        help="the dashboard's address as owners reach it "
        "(default: PLANPULS_PUBLIC_URL, else http://localhost:PLANPULS_PORT)",
    )
    listing = actions.add_parser("list", help="list the plan's links (never the links)")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    revoke = actions.add_parser("revoke", help="end every live link of an owner at once")
    for sub in (create, listing, revoke):
        sub.add_argument("--plan", required=True, metavar="ID", help="the plan's id")
        if sub is not listing:
            sub.add_argument("--owner", required=True, metavar="NAME", help="the owner's name")
        db_argument(sub)
        lang_argument(sub)


def _cmd_links(args: argparse.Namespace) -> int:
    t = translator(args)
    db = open_db(args)
    try:
        if args.link_command == "list":
            frame = owner_links.listing(db, args.plan).drop(columns=["owner_id"])
            if args.json:
                print(frame.to_json(orient="records", date_format="iso", force_ascii=False))
            else:
                print(frame.to_string(index=False) if len(frame) else t("ownerlink.cli_none"))
        elif args.link_command == "create":
            base = args.base_url or owner_links.default_base_url()  # (a wrong one: no link)
            token = owner_links.issue(db, args.plan, args.owner, by=actor())
            expires = owner_links.expires(db, token)
            print(
                t("ownerlink.made", owner=args.owner.strip(), date=t.date(expires)), file=sys.stderr
            )
            print(owner_links.url(base, token))
        else:
            ended = owner_links.revoke(db, args.plan, args.owner, by=actor())
            print(t("ownerlink.revoked", n=t.number(ended), owner=args.owner.strip()))
    finally:  # a refusal (owner_links.LinkRefused) is said by dashboard.cli.errors.run
        db.close()
    return EXIT_OK


COMMANDS = {"links": Command(_links_parser, _cmd_links, Remote())}
