"""After the session: ``search`` across every session."""

from __future__ import annotations

import argparse
import sys

from gsmeet.cli.common import Commands, add_command, committee_of, open_existing
from gsmeet.cli.speech import language, say, t
from gsmeet.domain.messages import Message


class MoreHits(Message):
    text = "the first {count} hits are shown; there are more (--limit N shows more)"


class NotAPositiveNumber(Message):
    text = "'{text}' is not a number of 1 or more"


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
