"""After the session: ``search`` across every session."""

from __future__ import annotations

import argparse
import sys

from gsmeet.cli.common import Commands, add_command, open_existing
from gsmeet.domain.messages import Message


class MoreHits(Message):
    text = "the first {count} hits are shown; there are more (--limit N shows more)"


def register(commands: Commands) -> None:
    search = add_command(
        commands,
        "search",
        cmd_search,
        "search every session's remarks, decisions, action items, agenda and briefings",
        writes=False,
    )
    search.add_argument("text", metavar="TEXT", help="words to find (every one must match)")
    search.add_argument("--limit", type=_positive, default=50, help="at most N hits (50)")
    search.add_argument("--lang", choices=("ko", "en"), default="ko", help="language")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}': at least 1")
    return value


def cmd_search(args: argparse.Namespace) -> int:
    """One hit a line, tab-separated: session, date, item, what, who, text."""
    from gsmeet.domain.dates import format_date
    from gsmeet.domain.labels import label
    from gsmeet.domain.sessions import session_name
    from gsmeet.services.search import search
    from gsmeet.translations import say

    store = open_existing(args)
    try:
        results = search(store, args.text, limit=args.limit)
    finally:
        store.close()
    lang = args.lang
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
        print(say(MoreHits(count=len(results.hits)), lang), file=sys.stderr)
    return 0
