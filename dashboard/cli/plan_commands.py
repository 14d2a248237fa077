"""``plans``, ``demo`` and ``generate``: plans made, listed, archived; demo and test data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard import plans, publication, tables
from dashboard.cli.common import (
    Command,
    Remote,
    actor,
    db_argument,
    db_target,
    iso_date,
    lang_argument,
    open_db,
)
from dashboard.cli.errors import EXIT_OK, EXIT_REJECTED, CliError, translator, usage
from dashboard.db import Database
from dashboard.demo import demo_batches, demo_organisations_in_use, load_demo
from dashboard.generate import SCALE_NAMES
from dashboard.i18n import Translator


def _demo_parser(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help="load the demo plans built from the real strategies")
    db_argument(demo)
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
    lang_argument(demo)


def _plans_parser(commands: argparse._SubParsersAction) -> None:
    plan_cmd = commands.add_parser(
        "plans",
        help="the plans: add, list, archive, unarchive, publish, unpublish",
        description="Create a plan (and its organisation when new) as an undoable batch, "
        "list the plans, or archive one (it leaves the plan picker; its data stays).",
    )
    actions = plan_cmd.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create a plan")
    add.add_argument("--id", required=True, help="plan id: lowercase letters, digits, dashes")
    add.add_argument("--name", required=True, help="the plan's name")
    add.add_argument("--start", required=True, type=iso_date, help="period start, YYYY-MM-DD")
    add.add_argument("--end", required=True, type=iso_date, help="period end, YYYY-MM-DD")
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
    publishing = []
    for name, what in (("publish", "publish"), ("unpublish", "take down")):
        sub = actions.add_parser(
            name, help=f"{what} the plan's public status page (/status/ID; an undoable batch)"
        )
        sub.add_argument("plan", metavar="ID")
        sub.add_argument("--by", default=None, help="who is doing it (recorded)")
        publishing.append(sub)
    for sub in (add, listing, archive, unarchive, *publishing):
        db_argument(sub)
        lang_argument(sub)


def _generate_parser(commands: argparse._SubParsersAction) -> None:
    gen = commands.add_parser(
        "generate",
        help="fill a new database with generated plans (for benchmarks and tests)",
        description="Generate a fictional region's plans, measures, status history, channel "
        "figures and meetings into an empty database, the same for the same seed. Scales: "
        "demo (the demo plans), tiny, S, M, L (20 plans, 10 000 measures, 500 000 status "
        "updates, 2 000 000 channel figures), XL (L with 4x the updates and figures).",
    )
    gen.add_argument("--scale", required=True, choices=SCALE_NAMES)
    gen.add_argument("--db", type=db_target, required=True, help="database file to create")
    gen.add_argument("--seed", type=int, default=1, help="seed (default 1)")


def _cmd_generate(args: argparse.Namespace) -> int:
    import time

    from dashboard.generate import generate_file

    t = translator(args)
    if not isinstance(args.db, Path):  # a postgresql:// URL
        from dashboard.pg.database import display_url

        raise usage("cli.generate_duckdb_only", db=display_url(args.db))
    began = time.perf_counter()
    made = generate_file(args.db, args.scale, args.seed)  # GenerateRefused: exit 1
    seconds = t.number(time.perf_counter() - began, 1)
    print(t("cli.generated", scale=args.scale, seed=args.seed, db=args.db, seconds=seconds))
    for table, rows in made.items():
        print(f"  {table}: {t.number(rows)}")
    return EXIT_OK


def _cmd_plans(args: argparse.Namespace) -> int:
    t = translator(args)
    db = open_db(args)
    try:
        action = args.plan_command
        if action == "list":
            frame = plans.list_plans(db)
            if args.json:
                print(frame.to_json(orient="records", date_format="iso", force_ascii=False))
            else:
                print(tables.plan_list(frame, t).to_string(index=False) if len(frame)
                      else t("cli.plans_none"))  # fmt: skip
        elif action == "add":
            org = args.org or _default_organisation(db, args.parent)
            batch = plans.create_plan(
                db,
                plans.NewPlan(
                    args.id, args.name, org, args.start, args.end, args.cadence, args.parent,
                    args.description,
                ),
                by=args.by or actor(),
                via="cli",
            )  # fmt: skip
            print(t("cli.plan_created", id=args.id, batch=batch))
        elif action in ("publish", "unpublish"):
            _cmd_publish(db, args, t)
        elif action == "archive":
            plans.archive_plan(db, args.plan, by=args.by or actor())
            print(t("start.archived_done", id=args.plan))
        else:
            plans.unarchive_plan(db, args.plan)
            print(t("start.unarchived_done", id=args.plan))
    finally:  # a refusal (plans.PlanRefused) is said by dashboard.cli.errors.run
        db.close()
    return EXIT_OK


def _cmd_publish(db: Database, args: argparse.Namespace, t: Translator) -> None:
    """Publish or unpublish the plan's status page (a refusal exits 1, said by errors.run)."""
    by = args.by or actor()
    if args.plan_command == "publish":
        batch = publication.publish(db, args.plan, by=by, via="cli")
        path = publication.status_url("", args.plan)
        print(t("public.cli_published", id=args.plan, batch=batch, path=path))
    else:
        batch = publication.unpublish(db, args.plan, by=by, via="cli")
        print(t("public.cli_unpublished", id=args.plan, batch=batch))


def _default_organisation(db: Database, parent: str | None) -> str:
    """The parent plan's organisation, or the only one there is."""
    if parent:
        known = plans.list_plans(db).set_index("id")["organisation_id"]
        if parent in known.index:
            return known[parent]
    names = plans.organisations(db)
    if len(names) == 1:
        return names[0]
    if names:
        raise usage("cli.choose_organisation", names=", ".join(names))
    raise usage("cli.name_organisation")


def _cmd_demo_remove(db: Database, by: str, t: Translator) -> int:
    removed = plans.remove_demo(db, by=by)  # plans.PlanRefused: exit 1
    print(t("start.demo_removed", plans=", ".join(removed.plans)))
    if removed.undone:
        print(t("start.demo_removed_undone", batches=", ".join(map(str, removed.undone))))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    t = translator(args)
    db = open_db(args)
    try:
        if args.remove:
            return _cmd_demo_remove(db, args.by or actor(), t)
        existing = demo_batches(db)
        if existing and not args.replace:
            print(t("cli.demo_there", path=db.path, batch=existing[0]), file=sys.stderr)
            return EXIT_REJECTED
        if existing:  # uploads made to the demo plans only go with them
            _cmd_demo_remove(db, args.by or actor(), t)
        kept = demo_organisations_in_use(db)
        if kept:  # a plan of its own kept an organisation the demo had
            raise CliError(
                EXIT_REJECTED, key="cli.demo_beside_plans", organisations=", ".join(kept)
            )
        batch = load_demo(db, created_by="cli")
        listed = plans.list_plans(db)
        loaded = listed.loc[listed["import_batch_id"] == batch, ["name", "goals", "measures"]]
        loaded = loaded.sort_values("name")
        print(t("cli.demo_loaded", path=db.path, batch=batch))
        for name, goals, measures in loaded.itertuples(index=False):
            print("  " + t("cli.demo_plan", name=name, goals=goals, measures=measures))
    finally:
        db.close()
    return EXIT_OK


COMMANDS = {
    "demo": Command(_demo_parser, _cmd_demo, Remote()),
    "plans": Command(_plans_parser, _cmd_plans, Remote()),
    "generate": Command(_generate_parser, _cmd_generate),
}
