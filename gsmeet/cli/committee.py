"""Committees: ``committee new`` sets one up from nothing (the file is created when it
does not exist), ``committee list`` says what a database holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from gsmeet.cli.common import Commands, add_db_option, database_path, held_lock, open_existing


def register(commands: Commands) -> None:
    committee = commands.add_parser("committee", help="set up a committee")
    sub = committee.add_subparsers(title="committee commands", metavar="SUBCOMMAND")
    sub.required = True
    new = sub.add_parser(
        "new",
        help="create a committee (and the database file, if it does not exist)",
        description="create a committee: its name, host body, secretary and sub-committees",
    )
    add_db_option(new)
    new.add_argument("--name", required=True, help="the committee's name (위원회 이름)")
    new.add_argument("--host", required=True, help="the host body (개최기관), e.g. 경산시")
    new.add_argument("--department", default="", help="the department (주관부서)")
    new.add_argument("--secretary", default="", help="the secretary's name (간사)")
    new.add_argument(
        "--subcommittee",
        action="append",
        default=[],
        metavar="NAME",
        help="a sub-committee (분과); repeat for each",
    )
    new.set_defaults(handler=cmd_committee_new, writes=True)
    listing = sub.add_parser("list", help="the committees a database holds")
    add_db_option(listing)
    listing.set_defaults(handler=cmd_committee_list, writes=False)


def cmd_committee_new(args: argparse.Namespace) -> int:
    from gsmeet.domain.setup import CommitteeSpec
    from gsmeet.services.committees import create_committee_file

    path: Path = database_path(args)
    spec = CommitteeSpec(
        name=args.name,
        host_body=args.host,
        department=args.department,
        secretary=args.secretary,
        subcommittees=tuple(args.subcommittee),
    )
    made = create_committee_file(path, spec, lock=held_lock(args))
    subs = len(args.subcommittee)
    print(f"Created {made.name} ({made.host_body} {made.department}".rstrip() + f") in {path}: "
          f"{subs} sub-committees, secretary {args.secretary.strip() or '-'}")  # fmt: skip
    return 0


def cmd_committee_list(args: argparse.Namespace) -> int:
    from gsmeet.services.meetings import list_committees, list_meetings

    store = open_existing(args)
    try:
        for committee in list_committees(store):
            count = len(list_meetings(store, committee.id))
            print(f"{committee.name}\t{committee.host_body} {committee.department}\t{count}")
    finally:
        store.close()
    return 0
