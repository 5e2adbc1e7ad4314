"""Members' terms: ``member leave`` (해촉) and ``member renew`` (연임)."""

from __future__ import annotations

import argparse

from gsmeet.cli.common import (
    Commands,
    add_committee_option,
    add_db_option,
    add_lang_option,
    committee_of,
    open_existing,
)
from gsmeet.cli.speech import say, t
from gsmeet.domain.messages import Message


class Left(Message):
    text = "{name} left on {on:weekday}"


class Renewed(Message):
    text = "Renewed {count} terms to {until:weekday}"


def register(commands: Commands) -> None:
    member = commands.add_parser("member", help=t("members' terms: leaving and renewal"))
    verbs = member.add_subparsers(title=t("member commands"), metavar="SUBCOMMAND")
    verbs.required = True
    leave = verbs.add_parser(
        "leave",
        help=t("record a member's leaving (해촉)"),
        description=t("record a member's leaving (해촉)"),
    )
    add_db_option(leave)
    add_committee_option(leave)
    add_lang_option(leave)
    leave.add_argument("--name", required=True, help=t("the member's name"))
    leave.add_argument("--on", required=True, metavar="DATE", help=t("their first day out"))
    leave.add_argument("--reason", default="", help=t("why (사임, 임기 중 교체, …)"))
    leave.set_defaults(handler=cmd_leave, writes=True)
    renew = verbs.add_parser(
        "renew",
        help=t("renew terms (연임): the named members, or every serving member"),
        description=t("renew members' terms to a new end date"),
    )
    add_db_option(renew)
    add_committee_option(renew)
    add_lang_option(renew)
    renew.add_argument("--until", required=True, metavar="DATE", help=t("the new last day"))
    renew.add_argument(
        "--name", action="append", default=[], help=t("a member (repeat); default: all serving")
    )
    renew.set_defaults(handler=cmd_renew, writes=True)


def cmd_leave(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import parse_date
    from gsmeet.services.register.terms import leave_by_name

    on = parse_date(args.on)
    store = open_existing(args)
    try:
        name = leave_by_name(store, committee_of(store, args), args.name, on, args.reason)
    finally:
        store.close()
    print(say(Left(name=name, on=on)))
    return 0


def cmd_renew(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import parse_date
    from gsmeet.services.register.terms import renew_terms

    until = parse_date(args.until)
    store = open_existing(args)
    try:
        renewal = renew_terms(store, committee_of(store, args), until, args.name)
    finally:
        store.close()
    print(say(Renewed(count=len(renewal.renewed), until=until)))
    return 0
