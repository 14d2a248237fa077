"""``init`` and ``users``: the database file and the local accounts."""

from __future__ import annotations

import argparse
import getpass
import sys

from dashboard import auth, tables, words
from dashboard.auth import ROLES
from dashboard.cli.common import Command, Remote, actor, db_argument, lang_argument, open_db
from dashboard.cli.errors import EXIT_OK, translator


def _init_parser(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="create the database or bring its schema up to date")
    db_argument(init)
    lang_argument(init)


def _users_parser(commands: argparse._SubParsersAction) -> None:
    users = commands.add_parser(
        "users",
        help="local accounts: add, list, remove, set-role, reset-password",
        description="Passwords are read from a prompt, or from standard input when it is "
        "not a terminal; never from the command line.",
    )
    user_commands = users.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="create an account (asks for the password)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    listing = user_commands.add_parser("list", help="list the accounts")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    remove = user_commands.add_parser("remove", help="delete an account")
    remove.add_argument("name", metavar="NAME")
    role = user_commands.add_parser("set-role", help="change an account's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLES, metavar="ROLE")
    reset = user_commands.add_parser("reset-password", help="set a new password (asks for it)")
    reset.add_argument("name", metavar="NAME")
    for sub in (add, listing, remove, role, reset):
        db_argument(sub)
        lang_argument(sub)


def _cmd_init(args: argparse.Namespace) -> int:
    t = translator(args)
    db = open_db(args)
    try:
        print(t("cli.init_done", path=db.path, version=db.schema_version()))
        if not auth.has_admin(db):
            print(t("cli.no_admin"))
    finally:
        db.close()
    return EXIT_OK


#: The prompt each action that sets a password asks with.
_PASSWORD_PROMPTS = {"add": "Password", "reset-password": "New password"}


def _read_password(prompt: str) -> str:
    """A password from the terminal (asked twice) or the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"{prompt}: ")
        if getpass.getpass("Repeat it: ") != first:
            raise auth.AuthError("passwords_differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _cmd_users(args: argparse.Namespace) -> int:
    t = translator(args)
    db = open_db(args)
    try:
        action = args.user_command
        if action == "list":
            users = auth.list_users(db)
            if args.json:
                print(users.to_json(orient="records", date_format="iso", force_ascii=False))
            else:
                print(tables.users(users, t).to_string(index=False) if len(users)
                      else t("cli.users_none"))  # fmt: skip
            if not auth.has_admin(db):
                print(t("cli.no_admin"), file=sys.stderr)
            return EXIT_OK
        if action == "add":
            password = _read_password(_PASSWORD_PROMPTS["add"])
            auth.add_user(db, args.name, args.role, password, by=actor())
            print(t("cli.user_added", name=args.name, role=words.role(args.role, t)))
        elif action == "remove":
            auth.remove_user(db, args.name, by=actor())
            print(t("users.removed", name=args.name))
        elif action == "set-role":
            auth.set_role(db, args.name, args.role, by=actor())
            print(t("users.role_set", name=args.name, role=words.role(args.role, t)))
        else:
            password = _read_password(_PASSWORD_PROMPTS["reset-password"])
            auth.reset_password(db, args.name, password, by=actor())
            print(t("users.reset_done", name=args.name))
    finally:  # a refusal (auth.AuthError) is said by dashboard.cli.errors.run
        db.close()
    return EXIT_OK


def _password_here(args: argparse.Namespace) -> str:
    """Through the dashboard: the password asked for here (on this terminal, or the first
    line of standard input), sent as the command's standard input."""
    prompt = _PASSWORD_PROMPTS.get(args.user_command)
    return "" if prompt is None else _read_password(prompt) + "\n"


COMMANDS = {
    "init": Command(_init_parser, _cmd_init, Remote()),
    "users": Command(_users_parser, _cmd_users, Remote(stdin=_password_here)),
}
