"""Committees: ``committee new`` sets one up from nothing (the file is created when it
does not exist), ``committee list`` says what a database holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from gsmeet.cli.common import (
    Commands,
    add_db_option,
    add_lang_option,
    database_path,
    held_lock,
    open_existing,
)
from gsmeet.cli.speech import say, t
from gsmeet.domain.messages import Message


class CommitteeCreated(Message):
    text = (
        "Created {name} ({host}) in {path}: {subcommittees} sub-committees, secretary {secretary}"
    )


def register(commands: Commands) -> None:
    committee = commands.add_parser("committee", help=t("set up a committee"))
    sub = committee.add_subparsers(title=t("committee commands"), metavar="SUBCOMMAND")
    sub.required = True
    new = sub.add_parser(
        "new",
        help=t("create a committee (and the database file, if it does not exist)"),
        description=t("create a committee: its name, host body, secretary and sub-committees"),
    )
    add_db_option(new)
    add_lang_option(new)
    new.add_argument("--name", required=True, help=t("the committee's name (위원회 이름)"))
    new.add_argument("--host", required=True, help=t("the host body (개최기관), e.g. 경산시"))
    new.add_argument("--department", default="", help=t("the department (주관부서)"))
    new.add_argument("--secretary", default="", help=t("the secretary's name (간사)"))
    new.add_argument(
        "--subcommittee",
        action="append",
        default=[],
        metavar="NAME",
        help=t("a sub-committee (분과); repeat for each"),
    )
    new.set_defaults(handler=cmd_committee_new, writes=True)
    listing = sub.add_parser(
        "list",
        help=t("the committees a database holds"),
        description=t("the committees a database holds"),
    )
    add_db_option(listing)
    add_lang_option(listing)
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
    done = CommitteeCreated(
        name=made.name,
        host=f"{made.host_body} {made.department}".strip(),
        path=path,
        subcommittees=len(args.subcommittee),
        secretary=args.secretary.strip() or "-",
    )
    print(say(done))
    return 0


def cmd_committee_list(args: argparse.Namespace) -> int:
    from gsmeet.services.listing import list_committees, list_meetings

    store = open_existing(args)
    try:
        for committee in list_committees(store):
            count = len(list_meetings(store, committee.id))
            columns = (committee.name, f"{committee.host_body} {committee.department}", str(count))
            print("\t".join(columns))
    finally:
        store.close()
    return 0
