"""A session taken offline to a laptop: ``checkout`` and ``checkin``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gsmeet.cli.common import Commands, add_command, add_meeting_option, committee_of, open_existing
from gsmeet.cli.speech import say, t
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.offline import Checkin, Side
from gsmeet.services.offline.notices import (
    BroughtBack,
    BroughtBackAlready,
    KeptSide,
    TakenOffline,
    listed,
)

if TYPE_CHECKING:
    from gsmeet.services.store import Database


class BadKeep(InvalidInputError):
    text = "--keep {value}: give server, laptop, or NUMBER=server|laptop"


class NoSuchConflict(InvalidInputError):
    text = "--keep {value}: there is no conflict {number} (there are {count})"


def register(commands: Commands) -> None:
    out = add_command(
        commands,
        "checkout",
        cmd_checkout,
        t("take a session offline to a laptop: copy it into a new database file"),
        committee=True,
    )
    add_meeting_option(out)
    out.add_argument(
        "--out", type=Path, required=True, help=t("the new database file for the laptop")
    )
    back = add_command(
        commands,
        "checkin",
        cmd_checkin,
        t("bring a session taken offline back: merge what the laptop recorded"),
    )
    back.add_argument("file", type=Path, help=t("the laptop's database file"))
    back.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="SIDE",
        help=t(
            "for rows changed on both sides: server or laptop (all of them), or "
            "NUMBER=server|laptop (one, as listed); may be given again"
        ),
    )


def cmd_checkout(args: argparse.Namespace) -> int:
    from gsmeet.services.offline.checkout import take_offline
    from gsmeet.services.record import find_meeting_id

    store = open_existing(args)
    try:
        meeting_id = find_meeting_id(store, args.meeting, committee_of(store, args))
        taken = take_offline(store, meeting_id, args.out, now=datetime.now())
    finally:
        store.close()
    print(say(TakenOffline(meeting=taken.meeting, path=args.out, source=taken.source)))
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    store = open_existing(args)
    try:
        result = _checkin(store, args)
    finally:
        store.close()
    _report(result, args.file)
    return 0


def _checkin(store: Database, args: argparse.Namespace) -> Checkin:
    from gsmeet.services.offline.checkin import ChooseForConflicts, bring_back, conflicts_of

    keep_all, numbered = _choices(args.keep)
    keep: dict[str, Side] = {}
    if numbered:
        conflicts = conflicts_of(store, args.file)
        for number, side in numbered.items():
            if not 1 <= number <= len(conflicts):
                raise NoSuchConflict(value=f"{number}={side}", number=number, count=len(conflicts))
            keep[conflicts[number - 1].uid] = side
    try:
        return bring_back(store, args.file, keep=keep, keep_all=keep_all, now=datetime.now())
    except ChooseForConflicts:
        for conflict in conflicts_of(store, args.file):
            print(say(listed(conflict)), file=sys.stderr)
        raise


def _choices(given: list[str]) -> tuple[Side | None, dict[int, Side]]:
    keep_all: Side | None = None
    numbered: dict[int, Side] = {}
    for value in given:
        number, _, side = value.rpartition("=")
        try:
            chosen = Side(side.strip().lower())
        except ValueError:
            raise BadKeep(value=value) from None
        if not number:
            keep_all = chosen
        elif number.strip().isdigit():
            numbered[int(number)] = chosen
        else:
            raise BadKeep(value=value)
    return keep_all, numbered


def _report(result: Checkin, path: Path) -> None:
    if result.already:
        print(say(BroughtBackAlready(path=path, at=result.returned_at)))
        return
    for conflict, side in result.kept:
        print(
            say(KeptSide(number=conflict.number, what=conflict.what, name=conflict.name, side=side))
        )
    print(
        say(
            BroughtBack(
                meeting=result.meeting,
                path=path,
                added=sum(result.added.values()),
                changed=sum(result.changed.values()),
                deleted=sum(result.deleted.values()),
            )
        )
    )
