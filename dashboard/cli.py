"""The command line for work without a browser (administration, demo, later imports).

Exit codes: 0 success, 1 the input or the database state was refused (with the
reason; a file over a limit too), 2 usage error, a file that is not a table we can
read, or an unreadable/busy database, 3 an unexpected failure (a defect: a short
message, the traceback in a log file, or on screen with --debug). Never a traceback
by default.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
import tempfile
import traceback
from pathlib import Path

from dashboard import __version__, auth, cli_board, cli_tokens, plans, settings, tables
from dashboard.auth import ROLES
from dashboard.db import Database, DatabaseBusyError, DatabaseError
from dashboard.demo import demo_batches, demo_organisations_in_use, load_demo
from dashboard.i18n import Translator
from dashboard.import_progress import TerminalProgress
from dashboard.ingest import mapping, report
from dashboard.ingest.batches import UndoRefused, history, undo
from dashboard.ingest.kinds import KIND_IDS
from dashboard.ingest.pipeline import Upload, check_and_commit
from dashboard.ingest.reader import ReadError, check_size

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3

EXIT_CODES_HELP = (
    "exit codes: 0 done; 1 refused (a row or the file breaks a rule or a limit, or the "
    "database state does not allow it; the reason is printed); 2 usage error, a file that "
    "is not a table Planpuls can read (encoding, damaged Excel file, binary), or a busy "
    "database; 3 unexpected failure (a defect: the traceback goes to a log file whose "
    "name is printed, or to the screen with --debug)"
)
#: Where an unexpected failure's traceback is kept (appended, with the time).
ERROR_LOG = Path(tempfile.gettempdir()) / "planpuls-errors.log"


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
        epilog=EXIT_CODES_HELP,
    )
    parser.add_argument("--version", action="version", version=f"Planpuls {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on an unexpected failure, print the traceback (default: a short message)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create the database or bring its schema up to date")
    _db_argument(init)

    demo = commands.add_parser("demo", help="load the demo plans built from the real strategies")
    _db_argument(demo)
    demo_action = demo.add_mutually_exclusive_group()
    demo_action.add_argument(
        "--replace", action="store_true", help="remove an earlier demo load first, then load again"
    )
    demo_action.add_argument(
        "--remove",
        action="store_true",
        help="remove the demo plans and everything under them; other plans stay",
    )
    demo.add_argument("--by", default=None, help="who is removing the demo (recorded)")
    imp = commands.add_parser(
        "import",
        help="import a CSV/Excel file (goals, measures, status updates, channel figures, "
        "goal targets, owners or channels)",
        description="Read FILE as the upload page does; nothing is written if any row is "
        "rejected. Exit 0 imported (or would be, with --dry-run), 1 refused (a rejected row, "
        "or the file over a limit: size, rows, columns, cell length, an Excel file's unpacked "
        "size), 2 usage error or a file that is not a table Planpuls can read, 3 unexpected "
        "failure (nothing written; see the log named, or run with --debug).",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--kind", choices=KIND_IDS, help="what the file holds (default: detect)")
    imp.add_argument("--plan", help="plan id (needed when the database has several plans)")
    imp.add_argument("--channel", help="channel name for an export that does not name one")
    imp.add_argument(
        "--goal",
        metavar="GOAL_ID",
        help="Jira, Asana, monday.com or Planner export: put every task under this goal "
        "(default: each epic, section, group or bucket goes to the goal it was mapped to "
        "on the upload page before, or to the goal with that title)",
    )
    imp.add_argument(
        "--owner",
        action="append",
        default=[],
        metavar="NAME=ROLE",
        help="Jira, Asana, monday.com or Planner export: the owner (a role) for a person in "
        'the assignee column, e.g. --owner "Kari Nordmann=Kommunikasjonsansvarlig"; '
        "repeat for each person. A role the organisation lacks is created. People mapped "
        "before for the plan need no option; anyone else is refused, never made an owner",
    )
    imp.add_argument(
        "--scope",
        action="append",
        default=[],
        metavar="NAME=intern|ekstern",
        help="whether a channel the file creates is internal or external (repeat for each; "
        "default: the file's own kanaltype column, else external)",
    )
    imp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    imp.add_argument("--json", action="store_true", help="print the outcome as JSON")
    imp.add_argument("--by", default="cli", help="who is importing (recorded with the batch)")
    _db_argument(imp)

    batches = commands.add_parser("batches", help="list the import batches, newest first")
    batches.add_argument("--json", action="store_true", help="print as JSON")
    _db_argument(batches)

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
        _db_argument(sub)

    _plans_parser(commands)
    _generate_parser(commands)
    _BOARD_COMMANDS.update(cli_board.register(commands))
    _BOARD_COMMANDS.update(cli_tokens.register(commands))  # API tokens (issue 11)

    undo_cmd = commands.add_parser("undo", help="undo an import batch whole")
    undo_cmd.add_argument("batch", type=int, metavar="BATCH")
    undo_cmd.add_argument("--by", default="cli", help="who is undoing (recorded)")
    _db_argument(undo_cmd)
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-06-30"
        ) from None


def _plans_parser(commands) -> None:
    plan_cmd = commands.add_parser(
        "plans",
        help="the plans: add, list, archive, unarchive",
        description="Create a plan (and its organisation when new) as an undoable batch, "
        "list the plans, or archive one (it leaves the plan picker; its data stays).",
    )
    actions = plan_cmd.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create a plan")
    add.add_argument("--id", required=True, help="plan id: lowercase letters, digits, dashes")
    add.add_argument("--name", required=True, help="the plan's name")
    add.add_argument("--start", required=True, type=_iso_date, help="period start, YYYY-MM-DD")
    add.add_argument("--end", required=True, type=_iso_date, help="period end, YYYY-MM-DD")
    add.add_argument(
        "--org", help="organisation name or id (created when new; default: the only one)"
    )
    add.add_argument("--parent", help="id of the plan this one sits under")
    add.add_argument(
        "--cadence", type=int, metavar="DAYS", help="reporting cadence in days (default: setting)"
    )
    add.add_argument("--description", help="a short description")
    add.add_argument("--by", default=None, help="who is creating the plan (recorded)")
    listing = actions.add_parser("list", help="list the plans, archived ones too")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    archive = actions.add_parser("archive", help="archive a plan (its data stays)")
    archive.add_argument("plan", metavar="ID")
    archive.add_argument("--by", default=None, help="who is archiving (recorded)")
    unarchive = actions.add_parser("unarchive", help="bring an archived plan back")
    unarchive.add_argument("plan", metavar="ID")
    for sub in (add, listing, archive, unarchive):
        _db_argument(sub)


def _generate_parser(commands) -> None:
    from dashboard.generate import SCALE_NAMES

    gen = commands.add_parser(
        "generate",
        help="fill a new database with generated plans (for benchmarks and tests)",
        description="Generate a fictional region's plans, measures, status history, channel "
        "figures and meetings into an empty database, the same for the same seed. Scales: "
        "demo (the demo plans), tiny, S, M, L (20 plans, 10 000 measures, 500 000 status "
        "updates, 2 000 000 channel figures), XL (L with 4x the updates and figures).",
    )
    gen.add_argument("--scale", required=True, choices=SCALE_NAMES)
    gen.add_argument("--db", type=Path, required=True, help="database file to create")
    gen.add_argument("--seed", type=int, default=1, help="seed (default 1)")


def _cmd_generate(args: argparse.Namespace) -> int:
    import time

    from dashboard.generate import GenerateRefused, generate_file

    began = time.perf_counter()
    try:
        made = generate_file(args.db, args.scale, args.seed)
    except GenerateRefused as refused:
        print(f"error: {refused}", file=sys.stderr)
        return EXIT_REJECTED
    print(f"Generated scale {args.scale} (seed {args.seed}) into {args.db} "
          f"in {time.perf_counter() - began:.1f} s:")  # fmt: skip
    for table, rows in made.items():
        print(f"  {table}: {rows:,}".replace(",", " "))
    return EXIT_OK


def _open(path: Path | None) -> Database:
    return Database.open(path or settings.db_path())


def _cmd_init(args: argparse.Namespace) -> int:
    db = _open(args.db)
    try:
        print(f"Database {db.path} is at schema version {db.schema_version()}.")
        if not auth.has_admin(db):
            print(NO_ADMIN)
    finally:
        db.close()
    return EXIT_OK


NO_ADMIN = (
    "There is no administrator yet. Create one with: "
    "python -m dashboard users add NAME --role admin"
)


def _read_password(prompt: str) -> str:
    """A password from the terminal (asked twice) or the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"{prompt}: ")
        if getpass.getpass("Repeat it: ") != first:
            raise auth.AuthError("passwords_differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name in some containers
        return "cli"


def _cmd_users(args: argparse.Namespace) -> int:
    t = Translator(settings.default_language())
    db = _open(args.db)
    try:
        action = args.user_command
        if action == "list":
            users = auth.list_users(db)
            if args.json:
                print(users.to_json(orient="records", date_format="iso", force_ascii=False))
            else:
                print(users.to_string(index=False) if len(users) else "No accounts.")
            if not auth.has_admin(db):
                print(NO_ADMIN, file=sys.stderr)
            return EXIT_OK
        if action == "add":
            auth.add_user(db, args.name, args.role, _read_password("Password"), by=_actor())
            print(f"Added {args.name} ({args.role}).")
        elif action == "remove":
            auth.remove_user(db, args.name, by=_actor())
            print(f"Removed {args.name}.")
        elif action == "set-role":
            auth.set_role(db, args.name, args.role, by=_actor())
            print(f"{args.name} is now {args.role}.")
        else:
            auth.reset_password(db, args.name, _read_password("New password"), by=_actor())
            print(f"New password set for {args.name}; their sessions have ended.")
    except auth.AuthError as error:
        print(f"error: {t('auth.' + error.code, **error.params)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        db.close()
    return EXIT_OK


def _cmd_plans(args: argparse.Namespace) -> int:
    t = Translator(settings.default_language())
    db = _open(args.db)
    try:
        action = args.plan_command
        if action == "list":
            frame = plans.list_plans(db)
            if args.json:
                print(frame.to_json(orient="records", date_format="iso", force_ascii=False))
            else:
                print(tables.plan_list(frame, t).to_string(index=False) if len(frame)
                      else "No plans.")  # fmt: skip
        elif action == "add":
            org = args.org or _default_organisation(db, args.parent)
            batch = plans.create_plan(
                db,
                plans.NewPlan(
                    args.id, args.name, org, args.start, args.end, args.cadence, args.parent,
                    args.description,
                ),
                by=args.by or _actor(),
                via="cli",
            )  # fmt: skip
            print(f"Created the plan {args.id} as import batch {batch}.")
        elif action == "archive":
            plans.archive_plan(db, args.plan, by=args.by or _actor())
            print(t("start.archived_done", id=args.plan))
        else:
            plans.unarchive_plan(db, args.plan)
            print(t("start.unarchived_done", id=args.plan))
    except plans.PlanRefused as refused:
        print(f"error: {t('plans.' + refused.code, **refused.params)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        db.close()
    return EXIT_OK


def _default_organisation(db: Database, parent: str | None) -> str:
    """The parent plan's organisation, or the only one there is."""
    if parent:
        found = db.scalar("SELECT organisation_id FROM plan WHERE id = $p", {"p": parent})
        if found:
            return found
    names = plans.organisations(db)
    if len(names) == 1:
        return names[0]
    raise _Usage(
        "name the organisation with --org"
        + (f" (organisations: {', '.join(names)})" if names else "")
    )


def _cmd_demo_remove(db: Database, by: str) -> int:
    t = Translator(settings.default_language())
    try:
        removed = plans.remove_demo(db, by=by)
    except plans.PlanRefused as refused:
        print(f"error: {t('plans.' + refused.code, **refused.params)}", file=sys.stderr)
        return EXIT_REJECTED
    print(t("start.demo_removed", plans=", ".join(removed.plans)))
    if removed.undone:
        print(t("start.demo_removed_undone", batches=", ".join(map(str, removed.undone))))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    db = _open(args.db)
    try:
        if args.remove:
            return _cmd_demo_remove(db, args.by or _actor())
        existing = demo_batches(db)
        if existing and not args.replace:
            print(
                f"The demo plans are already in {db.path} (batch {existing[0]}). "
                "Use --replace to load them again.",
                file=sys.stderr,
            )
            return EXIT_REJECTED
        if existing:  # uploads made to the demo plans only go with them
            code = _cmd_demo_remove(db, args.by or _actor())
            if code != EXIT_OK:
                return code
        kept = demo_organisations_in_use(db)
        if kept:  # a plan of its own kept an organisation the demo had
            print(
                f"error: the demo cannot be loaded beside the plans in this database: its "
                f"organisations are already there ({', '.join(kept)}). Load it into another "
                "file with --db.",
                file=sys.stderr,
            )
            return EXIT_REJECTED
        batch = load_demo(db, created_by="cli")
        loaded = db.sql(
            "SELECT p.name, count(DISTINCT g.id) AS goals, count(m.id) AS measures FROM plan p "
            "JOIN goal g ON g.plan_id = p.id LEFT JOIN measure m ON m.goal_id = g.id "
            "WHERE p.import_batch_id = $b GROUP BY p.name ORDER BY p.name",
            {"b": batch},
        )
        print(f"Loaded the demo into {db.path} as import batch {batch}:")
        for name, goals, measures in loaded.itertuples(index=False):
            print(f"  {name}: {goals} goals, {measures} measures")
    finally:
        db.close()
    return EXIT_OK


def _plan_id(db: Database, wanted: str | None) -> str:
    plans = db.sql("SELECT id FROM plan ORDER BY id")["id"].tolist()
    if wanted:
        if wanted not in plans:
            raise _Usage(f"unknown plan {wanted!r}; plans: {', '.join(plans) or 'none'}")
        return wanted
    if len(plans) == 1:
        return plans[0]
    raise _Usage(f"choose the plan with --plan: {', '.join(plans) or 'the database has none'}")


def _scopes(given: list[str]) -> dict[str, str]:
    """``--scope Podkast=intern`` options as channel name -> 'internal'/'external'."""
    from dashboard.ingest.kinds import SCOPE_WORDS

    scopes = {}
    for item in given:
        name, _, word = item.rpartition("=")
        scope = SCOPE_WORDS.get(word.strip().lower())
        if not name.strip() or scope is None:
            raise _Usage(f"--scope {item!r}: write NAME=intern or NAME=ekstern")
        scopes[name.strip()] = scope
    return scopes


class _Usage(Exception):
    """A usage error found after parsing (exit 2)."""


def _outcome(result, t: Translator, batch: int | None) -> dict:
    return {
        "file": result.file_name,
        "kind": result.kind,
        "source_format": result.source_format,
        "encoding": result.encoding,
        "separator": result.separator,
        "header_line": result.header_line,
        **result.counts,
        "history_only": result.history_only,
        "new": result.new,
        "batch": batch,
        "errors": [
            {
                "line": p.line,
                "column": report.column_label(p, t),
                "value": p.value,
                "code": p.code,
                "message": report.problem_text(p, t),
                "measure": p.measure,
            }
            for p in result.problems
        ],
        "error_count": result.problem_count,
    }


def _cmd_import(args: argparse.Namespace) -> int:
    t = Translator(settings.default_language())
    try:
        check_size(args.file.stat().st_size)  # before a file over the limit is read
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    except ReadError as exc:
        _print_file_error(args, exc.code, report.file_error(_file_problem(exc), t))
        return EXIT_REJECTED
    db = _open(args.db)
    try:
        upload = Upload(
            data, args.file.name, _plan_id(db, args.plan), args.kind, args.channel, settings.today()
        )
        _tool_options(db, upload, args)
        upload.scopes = _scopes(args.scope)

        def tool_only(result) -> None:  # before anything is written
            if (args.goal or args.owner) and result.tool_map is None:
                raise _Usage(
                    "--goal and --owner are for Jira, Asana, monday.com and Planner exports"
                )

        # One check of the file, and the write in the same transaction when it passes.
        with TerminalProgress(t, sys.stderr, enabled=not args.json) as bar:
            done = check_and_commit(
                db,
                upload,
                by=args.by,
                write=not args.dry_run,
                before_write=tool_only,
                on_step=bar.update,
            )
        batch, result = done.batch_id, done.preview
        if result.file_error is not None:
            message = report.file_error(result.file_error, t)
            _print_file_error(args, result.file_error.code, message)
            if result.file_error.code == "kind_mismatch":
                return EXIT_USAGE  # --kind names what the file is not
            return EXIT_USAGE if result.unreadable else EXIT_REJECTED
        if args.json:
            outcome = _outcome(result, t, batch)
            if result.tool_map is not None:
                outcome["unmapped_goals"] = result.tool_map.unmapped_goals
                outcome["unmapped_owners"] = result.tool_map.unmapped_owners
            print(json.dumps(outcome, ensure_ascii=False, default=str))
        else:
            _print_outcome(result, t, batch, args.dry_run, upload.scopes)
            _print_unmapped(result, t)
        return EXIT_OK if result.ok else EXIT_REJECTED
    finally:
        db.close()


def _print_file_error(args: argparse.Namespace, code: str, message: str) -> None:
    """Why the whole file was refused: as JSON with --json, else a line on stderr."""
    if args.json:
        print(
            json.dumps(
                {"file": args.file.name, "error": code, "message": message}, ensure_ascii=False
            )
        )
    else:
        print(f"{args.file.name}: {message}", file=sys.stderr)


def _file_problem(exc: ReadError):
    from dashboard.ingest.pipeline import Problem

    return Problem(0, "", "", exc.code, exc.params)


def _tool_options(db: Database, upload: Upload, args: argparse.Namespace) -> None:
    """Put --goal and --owner on the upload; a goal the plan lacks is a usage error."""
    if args.goal:
        goals = db.query("goals", plan_id=upload.plan_id)["id"].tolist()
        if args.goal not in goals:
            raise _Usage(
                f"unknown goal {args.goal!r} in plan {upload.plan_id}; goals: "
                f"{', '.join(goals) or 'none'}"
            )
        upload.goal_id = args.goal
    try:
        upload.owner_map = mapping.parse_owner_options(args.owner) or None
    except ValueError as exc:
        raise _Usage(f'--owner {exc.args[0]!r}: write it as "NAME=ROLE"') from None


def _print_unmapped(result, t: Translator) -> None:
    """Name the goal values and people a tool export still needs mapped, and how."""
    found = result.tool_map
    if found is None:
        return
    if found.unmapped_goals:
        values = ", ".join(f"«{v}»" if v else t("map.empty") for v in found.unmapped_goals)
        column = found.goal_column_name or t("map.group")
        print(t("map.cli_goals", column=column, values=values), file=sys.stderr)
    if found.unmapped_owners:
        names = ", ".join(f"«{v}»" for v in found.unmapped_owners)
        example = found.unmapped_owners[0]
        print(t("map.cli_owners", names=names, example=example), file=sys.stderr)


def _print_outcome(
    result, t: Translator, batch: int | None, dry_run: bool, scopes: dict[str, str] | None = None
) -> None:
    read = report.read_info(result, t, "")
    details = "; ".join(f"{k}: {v}" for k, v in read.itertuples(index=False) if v)
    print(details)
    counts = result.counts
    print(", ".join(f"{t('upload.' + k)}: {counts[k]}" for k in counts))
    for what, names in result.new.items():
        if what == "channels":  # with the scope each will get (--scope changes it)
            names = [f"{n} ({t('scope.' + _new_scope(result, n, scopes)).lower()})" for n in names]
        if names:
            print(t("upload.new_things", what=t(f"new.{what}"), names=", ".join(names)))
    for problem in result.problems:
        measure = f" [{t('col.measure').lower()} {problem.measure}]" if problem.measure else ""
        print(
            f"  {t('col.line').lower()} {problem.line}, «{report.column_label(problem, t)}»: "
            f"{problem.value!s} – {report.problem_text(problem, t)}{measure}",
            file=sys.stderr,
        )
    if result.problem_count > len(result.problems):
        print(f"  … {result.problem_count - len(result.problems)} more", file=sys.stderr)
    if not result.ok:
        print(t("upload.fix_hint"), file=sys.stderr)
    elif batch is not None:
        print(
            t(
                "upload.saved",
                batch=batch,
                **{k: counts[k] for k in ("added", "changed", "unchanged")},
            )
        )
    elif not dry_run:
        print(t("upload.nothing"))


def _new_scope(result, name: str, scopes: dict[str, str] | None) -> str:
    """The scope a channel the upload creates will get: --scope, the file's, or the default."""
    chosen = {k.lower(): v for k, v in (scopes or {}).items()}
    return chosen.get(name.lower()) or result.new_scopes.get(name) or result.scope


def _cmd_batches(args: argparse.Namespace) -> int:
    db = _open(args.db)
    try:
        frame = history(db)
    finally:
        db.close()
    if args.json:
        print(frame.to_json(orient="records", date_format="iso", force_ascii=False))
        return EXIT_OK
    t = Translator(settings.default_language())
    print(tables.batches(frame, t).to_string(index=False) if len(frame) else t("history.none"))
    return EXIT_OK


def _cmd_undo(args: argparse.Namespace) -> int:
    t = Translator(settings.default_language())
    db = _open(args.db)
    try:
        undo(db, args.batch, by=args.by)
    except UndoRefused as refused:
        params = {
            k: (", ".join(map(str, v)) if isinstance(v, list) else v)
            for k, v in refused.params.items()
        }
        print(f"error: {t('undo.' + refused.code, **params)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        db.close()
    print(t("history.undone", id=args.batch))
    return EXIT_OK


_BOARD_COMMANDS: dict = {}

_COMMANDS = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "import": _cmd_import,
    "batches": _cmd_batches,
    "undo": _cmd_undo,
    "users": _cmd_users,
    "plans": _cmd_plans,
    "generate": _cmd_generate,
}


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
        return {**_COMMANDS, **_BOARD_COMMANDS}[args.command](args)
    except _Usage as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseBusyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except Exception as exc:  # a defect: said in one line, the traceback kept in the log
        return _unexpected(exc, args)


def _unexpected(exc: Exception, args: argparse.Namespace) -> int:
    """Exit code 3 with a short message; the traceback goes to the log (or the screen)."""
    if getattr(args, "debug", False):
        traceback.print_exc()
        return EXIT_UNEXPECTED
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    where = str(ERROR_LOG)
    try:
        with ERROR_LOG.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp} python -m dashboard {' '.join(sys.argv[1:])}\n")
            log.write(traceback.format_exc())
    except OSError:
        where = "--debug"
    t = Translator(settings.default_language())
    print(
        f"error: {t('error.unexpected_cli', error=type(exc).__name__, log=where)}",
        file=sys.stderr,
    )
    return EXIT_UNEXPECTED
