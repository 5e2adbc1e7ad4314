"""The member roster: ``roster import`` (more roster commands join this group)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gsmeet.cli.common import EXIT_ERROR, Commands, add_db_option, open_existing


def register(commands: Commands) -> None:
    roster = commands.add_parser("roster", help="the committee's member roster")
    roster_commands = roster.add_subparsers(title="roster commands", metavar="SUBCOMMAND")
    roster_commands.required = True
    load = roster_commands.add_parser(
        "import", help="import members from .xlsx or .csv", description="import members"
    )
    add_db_option(load)
    load.add_argument("file", type=Path, help="the roster (.xlsx, or .csv UTF-8/CP949)")
    load.add_argument("--committee", help="committee name (if the database has several)")
    load.add_argument(
        "--only-valid", action="store_true", help="import the valid rows, skip the invalid ones"
    )
    load.add_argument(
        "--on", metavar="DATE", help="the day the changes take effect (default: today)"
    )
    load.set_defaults(handler=cmd_roster_import, writes=True)


def cmd_roster_import(args: argparse.Namespace) -> int:
    from datetime import date

    from gsmeet.domain.dates import parse_date
    from gsmeet.domain.roster import RosterStatus
    from gsmeet.services.roster import apply_roster, committee_by_name, preview_roster

    on = parse_date(args.on) if args.on else date.today()
    store = open_existing(args)
    try:
        committee = committee_by_name(store, args.committee)
        preview = preview_roster(store, committee, args.file, today=on)
        for row in preview.invalid:
            problems = "; ".join(str(problem) for problem in row.problems)
            print(f"{args.file}: row {row.row}: {problems}", file=sys.stderr)
        if preview.invalid and not args.only_valid:
            print(
                f"gsmeet: error: {args.file}: {len(preview.invalid)} invalid rows; nothing "
                "imported (fix them, or use --only-valid to skip them)",
                file=sys.stderr,
            )
            return EXIT_ERROR
        result = apply_roster(store, committee, preview, only_valid=args.only_valid)
    finally:
        store.close()
    skipped = f", {result.skipped} invalid skipped" if result.skipped else ""
    print(
        f"Imported {args.file}: {result.new} new, {result.updated} updated, "
        f"{preview.count(RosterStatus.UNCHANGED)} unchanged{skipped}"
    )
    return 0
