"""A meeting's documents: ``minutes``, ``agenda``, ``signin``, ``packet`` (as PDF, or as
editable DOCX/HWPX copies); ``confirm`` (the chair's 확인 of the draft) and ``issue``
(the final PDF, kept byte for byte)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gsmeet.cli.common import (
    Commands,
    Handler,
    add_command,
    add_meeting_option,
    committee_of,
    open_existing,
    open_plain_reader,
)
from gsmeet.cli.speech import say, t
from gsmeet.domain.errors import NotFoundError
from gsmeet.domain.messages import Message

if TYPE_CHECKING:
    from gsmeet.services.record import Reader
    from gsmeet.services.store import Database as Store


class NoStrategyNumbered(NotFoundError):
    text = "--strategy {number}: no strategy with that number"


class Wrote(Message):
    text = "Wrote {path}"


class IssuedAs(Message):
    text = "Issued version {version} as {path}"


class GlyphReplaced(Message):
    text = "warning: the fonts have no {char}; it was replaced ({where})"


class Notice(Message):
    text = "warning: {notice}"


class ConfirmedBy(Message):
    text = "Confirmed by {name} on {on}"


def register(commands: Commands) -> None:
    documents: tuple[tuple[str, Handler, str], ...] = (
        ("minutes", cmd_minutes, t("write a meeting's minutes (회의록) as PDF, DOCX or HWPX")),
        ("agenda", cmd_agenda, t("write a meeting's agenda packet as PDF, DOCX or HWPX")),
        ("signin", cmd_signin, t("write a meeting's attendance sign-in sheet (서명부)")),
        ("issue", cmd_issue, t("issue a meeting's minutes: final PDF, locked, versioned")),
        ("packet", cmd_packet, t("write the packet for one strategy's sub-committee chair")),
        ("confirm", cmd_confirm, t("record the chair's confirmation (확인) of the draft minutes")),
    )
    for name, handler, text in documents:
        sub = add_command(
            commands,
            name,
            handler,
            text,
            writes=name in ("issue", "confirm"),
            committee=True,
            document=name != "confirm",
        )
        add_meeting_option(sub)
        if name == "confirm":
            sub.add_argument(
                "--by", required=True, help=t("who confirms: the chair, a co-chair, a 분과위원장")
            )
            sub.add_argument("--on", metavar="DATE", help=t("the day, YYYY-MM-DD (default: today)"))
            continue
        if name == "issue":
            sub.add_argument("--out", type=Path, required=True, help=t("the PDF file to write"))
        else:
            sub.add_argument(
                "--out",
                type=Path,
                required=True,
                help=t("the file to write (.pdf, .docx, .hwpx)"),
            )
            sub.add_argument(
                "--format",
                choices=("pdf", "docx", "hwpx"),
                help=t("the format (default: from the file's name)"),
            )
        sub.add_argument(
            "--lang",
            choices=("ko", "en"),
            default="ko",
            help=t(
                "the document's language (default: ko); also what gsmeet says, "
                "unless 'gsmeet --lang' before the command says otherwise"
            ),
        )
        if name == "minutes":
            sub.add_argument("--public", action="store_true", help=t("mask private members' names"))
            sub.add_argument(
                "--written-on",
                metavar="DATE",
                help=t(
                    "a draft's 작성일, YYYY-MM-DD (default: today; issued minutes: the issue day)"
                ),
            )
            sub.add_argument(
                "--version",
                type=int,
                metavar="N",
                help=t("an issued version (default: the latest; issued minutes are that file)"),
            )
        if name == "issue":
            sub.add_argument("--changes", default="", help=t("what a correction changed"))
            sub.add_argument(
                "--unconfirmed",
                action="store_true",
                help=t("issue a draft the chair has not confirmed (확인)"),
            )
        if name == "packet":
            sub.add_argument(
                "--strategy", type=int, required=True, help=t("the strategy's number (1, 2, …)")
            )


def with_meeting(args: argparse.Namespace, action: Callable[[Store, int], object]) -> object:
    """``action(store, meeting_id)`` for the meeting ``--meeting`` names."""
    from gsmeet.services.record import find_meeting_id

    store = open_existing(args)
    try:
        return action(store, find_meeting_id(store, args.meeting, committee_of(store, args)))
    finally:
        store.close()


def reading_meeting(args: argparse.Namespace, action: Callable[[Reader, int], object]) -> object:
    """:func:`with_meeting` for an ``action`` that only reads records: on a file that
    needs nothing but reading, through a plain connection alone (no SQLAlchemy:
    :func:`~gsmeet.cli.common.open_plain_reader`); else, or when reading it fails
    half-way, the full way, which says what is wrong as it always has."""
    from gsmeet.services.record import find_meeting_id
    from gsmeet.storage.reader import ReadingFailed

    reader = open_plain_reader(args)
    if reader is not None:
        try:
            meeting = find_meeting_id(reader, args.meeting, committee_of(reader, args))
            return action(reader, meeting)
        except ReadingFailed:
            pass  # (a disk or lock problem: the full way names it)
        finally:
            reader.close()
    return with_meeting(args, action)


def report_replacements(report: object) -> None:
    """Characters no bundled font has, replaced in the PDF, and what the service says
    about the file (a copy made again): said, not hidden."""
    for char, where in getattr(report, "replaced", ()):
        print(say(GlyphReplaced(char=repr(char), where=where)), file=sys.stderr)
    for notice in getattr(report, "notices", ()):
        print(say(Notice(notice=notice)), file=sys.stderr)


def cmd_minutes(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import parse_date
    from gsmeet.services.minutes.documents import write_minutes

    written_on = parse_date(args.written_on) if args.written_on else None

    def minutes(store: Reader, meeting: int) -> object:
        return write_minutes(
            store,
            meeting,
            args.out,
            lang=args.lang,
            public=args.public,
            fmt=args.format,
            written_on=written_on,
            version=args.version,
        )

    return write_reading(args, minutes)


def cmd_agenda(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes.documents import write_agenda

    return write(
        args,
        lambda store, meeting: write_agenda(
            store, meeting, args.out, lang=args.lang, fmt=args.format
        ),
    )


def cmd_signin(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes.documents import write_signin_sheet

    return write_reading(
        args,
        lambda store, meeting: write_signin_sheet(
            store, meeting, args.out, lang=args.lang, fmt=args.format
        ),
    )


def write(args: argparse.Namespace, document: Callable[[Store, int], object]) -> int:
    """Write ``document`` for ``--meeting`` to ``--out``, saying what the fonts lacked."""
    return wrote(args, with_meeting(args, document))


def write_reading(args: argparse.Namespace, document: Callable[[Reader, int], object]) -> int:
    """:func:`write` for a ``document`` made from records only (:func:`reading_meeting`)."""
    return wrote(args, reading_meeting(args, document))


def wrote(args: argparse.Namespace, report: object) -> int:
    report_replacements(report)
    print(say(Wrote(path=args.out)))
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes.issue import issue_minutes

    version = with_meeting(
        args,
        lambda store, meeting: issue_minutes(
            store,
            meeting,
            args.out,
            lang=args.lang,
            changes=args.changes,
            unconfirmed_ok=args.unconfirmed,
        ),
    )
    print(say(IssuedAs(version=getattr(version, "version", "?"), path=args.out)))
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    from datetime import date, datetime

    from gsmeet.domain.dates import parse_date
    from gsmeet.services.minutes.confirm import confirm_minutes

    on = parse_date(args.on) if args.on else date.today()
    done = with_meeting(
        args,
        lambda store, meeting: confirm_minutes(store, meeting, args.by, on, now=datetime.now()),
    )
    print(say(ConfirmedBy(name=getattr(done, "name", args.by), on=on)))
    return 0


def cmd_packet(args: argparse.Namespace) -> int:
    from gsmeet.services.minutes.documents import write_packet
    from gsmeet.services.record import meeting_record

    def packet(store: Store, meeting: int) -> object:
        record = meeting_record(store, meeting)
        found = [s.id for s in record.strategies if s.number == args.strategy]
        if not found:
            raise NoStrategyNumbered(number=args.strategy)
        return write_packet(store, meeting, found[0], args.out, lang=args.lang, fmt=args.format)

    return write(args, packet)
