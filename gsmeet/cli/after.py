"""After the session: ``search`` across every session, the ``actions`` tracker."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gsmeet.cli.common import Commands, add_command, committee_of, open_existing
from gsmeet.cli.speech import language, say, t
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.messages import Message


class MoreHits(Message):
    text = "the first {count} hits are shown; there are more (--limit N shows more)"


class NotAPositiveNumber(Message):
    text = "'{text}' is not a number of 1 or more"


class NotAWorkbook(InvalidInputError):
    text = "{path}: the action list is written as an Excel workbook; name a .xlsx file"


class ActionsWritten(Message):
    text = "{path}: {count} action items written"


class OwnerHasLeft(Message):
    text = "{name} (has left)"


def register(commands: Commands) -> None:
    search = add_command(
        commands,
        "search",
        cmd_search,
        t("search every session's remarks, decisions, action items, agenda and briefings"),
        writes=False,
        committee=True,
    )
    search.add_argument("text", metavar="TEXT", help=t("words to find (every one must match)"))
    search.add_argument("--limit", type=_positive, default=50, help=t("at most N hits (50)"))

    actions = add_command(
        commands,
        "actions",
        cmd_actions,
        t("list every action item of the committee (owner, 분과, due, status, origin, review)"),
        writes=False,
        committee=True,
    )
    actions.add_argument("--open", action="store_true", help=t("only open ones (미착수, 진행중)"))
    actions.add_argument(
        "--owner", metavar="NAME", default="", help=t("the owner: a name, part of it or its 초성")
    )
    actions.add_argument(
        "--subcommittee", metavar="NAME", default="", help=t("one 분과, by its name")
    )
    actions.add_argument(
        "--overdue-on", metavar="DATE", help=t("only those overdue on DATE (YYYY-MM-DD)")
    )
    actions.add_argument(
        "--out", type=Path, help=t("write them to an Excel workbook (.xlsx) instead")
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(say(NotAPositiveNumber(text=text)))
    return value


def cmd_search(args: argparse.Namespace) -> int:
    """One hit a line, tab-separated: session, date, item, what, who, text."""
    from gsmeet.domain.dates import format_date
    from gsmeet.domain.labels import label
    from gsmeet.domain.sessions import session_name
    from gsmeet.services.search import search

    store = open_existing(args)
    try:
        results = search(store, args.text, committee_id=committee_of(store, args), limit=args.limit)
    finally:
        store.close()
    lang = language()
    for hit in results.hits:
        item = f"{hit.item_number}. {hit.item_title}" if hit.item_number else hit.item_title
        fields = (
            session_name(hit.session, lang),
            format_date(hit.held_on, lang),
            item,
            label(hit.kind, lang),
            hit.speaker,
            hit.snippet,
        )
        print("\t".join(fields))
    if results.truncated:
        print(say(MoreHits(count=len(results.hits))), file=sys.stderr)
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    """One action a line, tab-separated: status, due, owner, 분과, action, decided at,
    decided on, last review; or, with ``--out``, the same list as a workbook."""

    from gsmeet.domain.dates import format_date, parse_date
    from gsmeet.domain.labels import label
    from gsmeet.domain.sessions import session_name
    from gsmeet.domain.tracker import SortBy, TrackerFilter
    from gsmeet.services.tracker import export_actions, tracked_actions

    wanted = TrackerFilter(
        open_only=args.open,
        overdue_on=parse_date(args.overdue_on) if args.overdue_on else None,
        owner=args.owner,
        subcommittee=args.subcommittee,
    )
    if args.out is not None and args.out.suffix.lower() != ".xlsx":
        raise NotAWorkbook(path=args.out)
    lang = language()
    store = open_existing(args)
    try:
        committee = committee_of(store, args)
        if args.out is not None:
            count = export_actions(store, args.out, committee, wanted=wanted, lang=lang)
            print(say(ActionsWritten(path=args.out, count=count)))
            return 0
        rows = tracked_actions(store, committee, wanted=wanted, by=SortBy.DUE)  # its today
    finally:
        store.close()
    for row in rows:
        action, review = row.action, row.last_review
        reviewed = (
            f"{label(review.outcome, lang)} ({session_name(review.session, lang)})"
            if review is not None
            else ""
        )
        owner = say(OwnerHasLeft(name=action.owner)) if action.owner_left else action.owner
        fields = (
            label(action.status, lang),
            format_date(action.due_on, lang, weekday=False) if action.due_on else "",
            owner,
            row.subcommittee,
            action.title,
            session_name(row.origin, lang),
            format_date(row.origin.held_on, lang, weekday=False),
            reviewed,
        )
        print("\t".join(fields))
    return 0
