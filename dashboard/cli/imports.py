"""``import``, ``batches`` and ``undo``: files in, the import history, a batch undone whole."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dashboard import queries, settings, tables
from dashboard.cli.common import Command, Remote, db_argument, lang_argument, open_db, plan_id
from dashboard.cli.errors import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, translator, usage
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.import_progress import TerminalProgress
from dashboard.ingest import mapping, outcome, report
from dashboard.ingest.batches import history, undo
from dashboard.ingest.kinds import KIND_IDS
from dashboard.ingest.pipeline import Upload
from dashboard.ingest.reader import ReadError, check_size


def _import_parser(commands: argparse._SubParsersAction) -> None:
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
    db_argument(imp)
    lang_argument(imp)


def _batches_parser(commands: argparse._SubParsersAction) -> None:
    batches = commands.add_parser("batches", help="list the import batches, newest first")
    batches.add_argument("--json", action="store_true", help="print as JSON")
    db_argument(batches)
    lang_argument(batches)


def _undo_parser(commands: argparse._SubParsersAction) -> None:
    undo_cmd = commands.add_parser("undo", help="undo an import batch whole")
    undo_cmd.add_argument("batch", type=int, metavar="BATCH")
    undo_cmd.add_argument("--by", default="cli", help="who is undoing (recorded)")
    db_argument(undo_cmd)
    lang_argument(undo_cmd)


def _scopes(given: list[str]) -> dict[str, str]:
    """``--scope Podkast=intern`` options as channel name -> 'internal'/'external'."""
    from dashboard.ingest.kinds import SCOPE_WORDS

    scopes = {}
    for item in given:
        name, _, word = item.rpartition("=")
        scope = SCOPE_WORDS.get(word.strip().lower())
        if not name.strip() or scope is None:
            raise usage("cli.scope_format", item=item)
        scopes[name.strip()] = scope
    return scopes


def _cmd_import(args: argparse.Namespace) -> int:
    from dashboard import cli as package  # looked up there, so a test can break the pipeline

    t = translator(args)
    try:
        check_size(args.file.stat().st_size)  # before a file over the limit is read
        data = args.file.read_bytes()
    except OSError as exc:
        raise usage("cli.cannot_read", path=args.file, reason=exc.strerror) from None
    except ReadError as exc:
        _print_file_error(args, exc.code, report.file_error(_file_problem(exc), t))
        return EXIT_REJECTED
    db = open_db(args)
    try:
        upload = Upload(
            data, args.file.name, plan_id(db, args.plan), args.kind, args.channel, settings.today()
        )
        _tool_options(db, upload, args)
        upload.scopes = _scopes(args.scope)

        def tool_only(result) -> None:  # before anything is written
            if (args.goal or args.owner) and result.tool_map is None:
                raise usage("cli.tool_options_only")

        # One check of the file, and the write in the same transaction when it passes.
        with TerminalProgress(t, sys.stderr, enabled=not args.json) as bar:
            done = package.check_and_commit(
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
            answer = outcome.imported(result, t, batch, dry_run=args.dry_run)
            print(json.dumps(answer, ensure_ascii=False, default=str))
        else:
            _print_outcome(result, t, batch, args.dry_run, upload.scopes)
            _print_unmapped(result, t)
        return EXIT_OK if result.ok else EXIT_REJECTED
    finally:
        db.close()


def _print_file_error(args: argparse.Namespace, code: str, message: str) -> None:
    """Why the whole file was refused: as JSON with --json, else a line on stderr."""
    if args.json:
        print(json.dumps(outcome.file_refused(args.file.name, code, message), ensure_ascii=False))
    else:
        print(f"{args.file.name}: {message}", file=sys.stderr)


def _file_problem(exc: ReadError):
    from dashboard.ingest.pipeline import Problem

    return Problem(0, "", "", exc.code, exc.params)


def _tool_options(db: Database, upload: Upload, args: argparse.Namespace) -> None:
    """Put --goal and --owner on the upload; a goal the plan lacks is a usage error."""
    if args.goal:
        goals = queries.goals(db, upload.plan_id)["id"].tolist()
        if args.goal not in goals:
            if not goals:
                raise usage("cli.unknown_goal_none", goal=args.goal, plan=upload.plan_id)
            raise usage(
                "cli.unknown_goal", goal=args.goal, plan=upload.plan_id, goals=", ".join(goals)
            )
        upload.goal_id = args.goal
    try:
        upload.owner_map = mapping.parse_owner_options(args.owner) or None
    except ValueError as exc:
        raise usage("cli.owner_format", value=exc.args[0]) from None


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
    details = "; ".join(f"{k}: {v}" for k, v in report.read_pairs(result, t, "") if v)
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
        more = result.problem_count - len(result.problems)
        print(f"  … {t('board.n_more', n=t.number(more))}", file=sys.stderr)
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
    db = open_db(args)
    try:
        frame = history(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(outcome.batches(frame), ensure_ascii=False, separators=(",", ":")))
        return EXIT_OK
    t = translator(args)
    print(tables.batches(frame, t).to_string(index=False) if len(frame) else t("history.none"))
    return EXIT_OK


def _cmd_undo(args: argparse.Namespace) -> int:
    t = translator(args)
    db = open_db(args)
    try:
        undo(db, args.batch, by=args.by)  # a refusal is said by dashboard.cli.errors.run
    finally:
        db.close()
    print(t("history.undone", id=args.batch))
    return EXIT_OK


COMMANDS = {
    "import": Command(_import_parser, _cmd_import, Remote(inputs=("file",))),
    "batches": Command(_batches_parser, _cmd_batches, Remote()),
    "undo": Command(_undo_parser, _cmd_undo, Remote()),
}
