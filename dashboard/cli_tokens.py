"""The ``tokens`` command: API tokens for the HTTP API (add, list, revoke).

dashboard.cli wires it in with :func:`register`. Exit 0 done, 1 refused (the
reason is printed), 2 usage error or a busy database (reported by cli.main).
The token is printed once, on its own line on standard output, so a script can
capture it; only its hash is stored.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from dashboard import settings, tokens
from dashboard.auth import ROLES, AuthError
from dashboard.db import Database
from dashboard.i18n import Translator

EXIT_OK, EXIT_REJECTED = 0, 1

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    """Add ``tokens add|list|revoke`` to the command line; return its handler."""
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
        sub.add_argument(
            "--db",
            type=Path,
            default=None,
            help="database file (default: PLANPULS_DB or data/planpuls.duckdb)",
        )
    return {"tokens": cmd_tokens}


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name in some containers
        return "cli"


def cmd_tokens(args: argparse.Namespace) -> int:
    """``tokens add|list|revoke``."""
    t = Translator(settings.default_language())
    db = Database.open(args.db or settings.db_path())
    try:
        if args.token_command == "list":
            frame = tokens.listing(db)
            if args.json:
                print(frame.to_json(orient="records", date_format="iso", force_ascii=False))
            else:
                print(frame.to_string(index=False) if len(frame) else t("tokens.none"))
        elif args.token_command == "add":
            no, token = tokens.create(db, args.owner, args.role, args.label, by=_actor())
            print(
                f"Token {no} for {args.owner.strip()} ({args.role}); shown once:", file=sys.stderr
            )
            print(token)
        else:
            tokens.revoke(db, args.no, by=_actor())
            print(t("tokens.revoked", no=args.no))
    except AuthError as error:
        print(f"error: {t('auth.' + error.code, **error.params)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        db.close()
    return EXIT_OK
