"""``tokens add|list|revoke``: API tokens for the HTTP API.

Exit 0 done, 1 refused (the reason is printed), 2 usage error or a busy database
(answered by dashboard.cli.errors.run). The token is printed once, on its own line
on standard output, so a script can capture it; only its hash is stored.
"""

from __future__ import annotations

import argparse
import sys

from dashboard import tokens
from dashboard.auth import ROLES
from dashboard.cli.common import Command, Remote, actor, db_argument, lang_argument, open_db
from dashboard.cli.errors import EXIT_OK, translator


def _tokens_parser(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "tokens",
        help="API tokens for the HTTP API: add, list, revoke",
        description="A token acts as an account with a role (never above the account's own). "
        "It is printed once; Planpuls keeps only its hash. Every use is logged.",
    )
    actions = command.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="make a token for an account (printed once)")
    add.add_argument("label", metavar="LABEL", help="what the token is for, e.g. 'GA4 nightly'")
    add.add_argument("--owner", required=True, help="the account the token acts as")
    add.add_argument("--role", required=True, choices=ROLES)
    listing = actions.add_parser("list", help="list the tokens (never the tokens themselves)")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    revoke = actions.add_parser("revoke", help="end a token at once")
    revoke.add_argument("no", type=int, metavar="NUMBER", help="the token's number (see list)")
    for sub in (add, listing, revoke):
        db_argument(sub)
        lang_argument(sub)


def _cmd_tokens(args: argparse.Namespace) -> int:
    t = translator(args)
    db = open_db(args)
    try:
        if args.token_command == "list":
            frame = tokens.listing(db)
            if args.json:
                print(frame.to_json(orient="records", date_format="iso", force_ascii=False))
            else:
                print(frame.to_string(index=False) if len(frame) else t("tokens.none"))
        elif args.token_command == "add":
            no, token = tokens.create(db, args.owner, args.role, args.label, by=actor())
            print(
                f"Token {no} for {args.owner.strip()} ({args.role}); shown once:", file=sys.stderr
            )
            print(token)
        else:
            tokens.revoke(db, args.no, by=actor())
            print(t("tokens.revoked", no=args.no))
    finally:  # a refusal (auth.AuthError) is said by dashboard.cli.errors.run
        db.close()
    return EXIT_OK


COMMANDS = {"tokens": Command(_tokens_parser, _cmd_tokens, Remote())}
