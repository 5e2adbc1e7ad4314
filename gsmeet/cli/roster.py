"""The member roster: ``roster import`` (more roster commands join this group)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gsmeet.cli.common import (
    EXIT_ERROR,
    Commands,
    add_db_option,
    add_lang_option,
    error_line,
    open_existing,
)
from gsmeet.cli.speech import say, t
from gsmeet.domain.messages import Message


class RowIsInvalid(Message):
    text = "{path}: row {row}: {problems:;}"


class NothingImported(Message):
    text = (
        "{path}: {count} invalid rows; nothing imported (fix them, or use --only-valid to "
        "skip them)"
    )


class RosterImported(Message):
    text = "Imported {path}: {new} new, {updated} updated, {unchanged} unchanged"


class RosterImportedSkipping(Message):
    text = (
        "Imported {path}: {new} new, {updated} updated, {unchanged} unchanged, "
        "{skipped} invalid skipped"
    )


def register(commands: Commands) -> None:
    roster = commands.add_parser("roster", help=t("the committee's member roster"))
    roster_commands = roster.add_subparsers(title=t("roster commands"), metavar="SUBCOMMAND")
    roster_commands.required = True
    load = roster_commands.add_parser(
        "import",
        help=t("import members from .xlsx or .csv"),
        description=t("import members from .xlsx or .csv"),
    )
    add_db_option(load)
    add_lang_option(load)
    load.add_argument("file", type=Path, help=t("the roster (.xlsx, or .csv UTF-8/CP949)"))
    load.add_argument("--committee", help=t("committee name (if the database has several)"))
    load.add_argument(
        "--only-valid",
        action="store_true",
        help=t("import the valid rows, skip the invalid ones"),
    )
    load.add_argument(
        "--on", metavar="DATE", help=t("the day the changes take effect (default: today)")
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
            shown = RowIsInvalid(path=args.file, row=row.row, problems=row.problems)
            print(say(shown), file=sys.stderr)
        if preview.invalid and not args.only_valid:
            refused = NothingImported(path=args.file, count=len(preview.invalid))
            print(error_line(say(refused)), file=sys.stderr)
            return EXIT_ERROR
        result = apply_roster(store, committee, preview, only_valid=args.only_valid)
    finally:
        store.close()
    counts = {
        "path": args.file,
        "new": result.new,
        "updated": result.updated,
        "unchanged": preview.count(RosterStatus.UNCHANGED),
    }
    if result.skipped:
        print(say(RosterImportedSkipping(**counts, skipped=result.skipped)))
    else:
        print(say(RosterImported(**counts)))
    return 0
