"""Sessions: ``prepare`` the next one from a held one (the quick path), and
``session new|edit|postpone|cancel|delete`` for sessions of every kind on any date."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from gsmeet.cli.common import (
    Commands,
    Parser,
    add_command,
    add_committee_option,
    add_db_option,
    committee_of,
    open_existing,
)

if TYPE_CHECKING:
    from gsmeet.domain.records import MeetingSummary
    from gsmeet.storage.db import Store

MEETING_HELP = "the session: its number, its date (YYYY-MM-DD) or 'latest'"
DISCLOSURES = {"public": "public", "partial": "partial", "private": "closed"}


def register(commands: Commands) -> None:
    prepare = add_command(
        commands,
        "prepare",
        cmd_prepare,
        "prepare the next session from a held one",
        committee=True,
    )
    prepare.add_argument(
        "--from", dest="source", required=True, help="held session: number, date or 'latest'"
    )
    prepare.add_argument("--date", required=True, help="date of the new session (YYYY-MM-DD)")
    prepare.add_argument("--time", help="start time (HH:MM); default: the source's")
    prepare.add_argument("--place", help="place; default: the source's")

    session = commands.add_parser("session", help="sessions of every kind, on any date")
    verbs = session.add_subparsers(title="session commands", metavar="SUBCOMMAND")
    verbs.required = True
    _new(verbs)
    _edit(verbs)
    postpone = _verb(verbs, "postpone", cmd_postpone, "move a session not yet held to another day")
    postpone.add_argument("--date", required=True, help="the new date (YYYY-MM-DD)")
    postpone.add_argument("--time", help="the new start time (HH:MM); default: as planned")
    cancel = _verb(verbs, "cancel", cmd_cancel, "cancel a session not yet held (it stays listed)")
    cancel.add_argument("--reason", default="", help="why (printed in the session list)")
    _verb(verbs, "delete", cmd_delete, "delete a session with nothing recorded")


def _verb(verbs: Commands, name: str, handler: object, text: str) -> Parser:
    sub: Parser = verbs.add_parser(name, help=text, description=text)
    add_db_option(sub)
    add_committee_option(sub)
    if name != "new":
        sub.add_argument("--meeting", required=True, metavar="REF", help=MEETING_HELP)
    sub.set_defaults(handler=handler, writes=True)
    return sub


def _common(sub: Parser) -> None:
    """The fields ``new`` and ``edit`` share."""
    sub.add_argument("--time", help="start time (HH:MM)")
    sub.add_argument("--end", help="planned end (HH:MM)")
    sub.add_argument("--place", help="place (장소)")
    sub.add_argument(
        "--kind",
        help="regular, extraordinary, roundtable, subcommittee, ceremony, workshop, their "
        "Korean names (정기회의, 임시회의, 간담회, 분과회의, 행사, 워크숍) or the committee's own",
    )
    sub.add_argument("--subcommittee", metavar="NAME", help="the sub-committee that meets (분과)")
    sub.add_argument("--title", help="the session's title")
    sub.add_argument("--chair", metavar="NAME", help="who chairs (주재)")
    sub.add_argument("--secretary", metavar="NAME", help="the secretary (간사)")
    sub.add_argument("--number", type=int, metavar="N", help="its number (제N차)")
    sub.add_argument("--disclosure", choices=tuple(DISCLOSURES), help="disclosure class")
    sub.add_argument(
        "--guest",
        action="append",
        metavar="'성명|소속|직위'",
        help="a guest (내빈); repeat for each",
    )
    sub.add_argument("--headcount", type=int, metavar="N", help="참석 인원 약 N명 (a large event)")


def _new(verbs: Commands) -> None:
    new = _verb(verbs, "new", cmd_new, "create a session of any kind, on any date")
    new.add_argument("--date", required=True, help="the session's date (YYYY-MM-DD)")
    _common(new)
    new.add_argument(
        "--agenda",
        default="standing",
        metavar="standing|copy:REF|empty",
        help="the standing agenda (default), a copy of session REF's agenda, or none",
    )


def _edit(verbs: Commands) -> None:
    edit = _verb(verbs, "edit", cmd_edit, "change a session until its minutes are issued")
    edit.add_argument("--date", help="the session's date (YYYY-MM-DD)")
    _common(edit)
    edit.add_argument("--no-guests", action="store_true", help="remove every guest")


def _name(meeting: MeetingSummary) -> str:
    from gsmeet.domain.dates import format_date
    from gsmeet.domain.sessions import session_name

    return f"{session_name(meeting, 'ko')} {format_date(meeting.held_on)}"


def _warn_terms(store: Store, committee_id: int, meeting: MeetingSummary) -> None:
    from gsmeet.services.register.terms import check_terms

    notice = check_terms(store, committee_id, meeting.held_on)
    if notice is not None:
        print(f"warning: {notice}", file=sys.stderr)


def cmd_prepare(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import format_time, parse_date, parse_time
    from gsmeet.services.prepare import prepare_next, source_meeting_id

    held_on = parse_date(args.date)
    start = parse_time(args.time) if args.time else None
    store = open_existing(args)
    try:
        committee_id = committee_of(store, args)
        prepared = prepare_next(
            store,
            from_meeting_id=source_meeting_id(store, args.source, committee_id),
            held_on=held_on,
            start_time=start,
            place=args.place,
        )
        _warn_terms(store, committee_id, prepared.meeting)
    finally:
        store.close()
    m = prepared.meeting
    agenda = (
        f"its agenda of {prepared.kept_items} items kept"
        if prepared.kept_items
        else f"{prepared.agenda_items} agenda items"
    )
    print(
        f"Prepared {_name(m)} {format_time(m.start_time)}: {agenda}, "
        f"{prepared.open_actions} open actions to review, {prepared.invitees} invitees"
    )
    return 0


def _fields(args: argparse.Namespace, store: Store, committee_id: int, on: date) -> dict[str, Any]:
    """What ``new`` and ``edit`` were given, names turned into ids."""
    from gsmeet.domain.dates import parse_time
    from gsmeet.domain.enums import Disclosure
    from gsmeet.services.committees import lookup
    from gsmeet.services.sessions import parse_guest

    found = lookup(
        store,
        committee_id,
        on=on,
        kind=args.kind,
        subcommittee=args.subcommittee,
        chair=args.chair,
        secretary=args.secretary,
    )
    fields: dict[str, Any] = {}
    if args.time is not None:
        fields["start_time"] = parse_time(args.time)
    if args.end is not None:
        fields["end_time"] = parse_time(args.end)
    for name in ("place", "title"):
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    for name in ("kind_id", "subcommittee_id", "chair_id", "secretary_id"):
        if getattr(found, name) is not None:
            fields[name] = getattr(found, name)
    if args.number is not None:
        fields["number"] = args.number
    if args.disclosure is not None:
        fields["disclosure"] = Disclosure(DISCLOSURES[args.disclosure])
    if args.guest is not None:
        fields["guests"] = tuple(parse_guest(text) for text in args.guest)
    if args.headcount is not None:
        fields["headcount"] = args.headcount
    return fields


def cmd_new(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import format_time, parse_date
    from gsmeet.domain.setup import SessionSpec, Template
    from gsmeet.services.meetings import find_meeting_id
    from gsmeet.services.sessions import BadTemplate, new_session

    held_on = parse_date(args.date)
    template, _, ref = args.agenda.partition(":")
    if template not in {t.value for t in Template} or (template == "copy") != bool(ref):
        raise BadTemplate(text=args.agenda)
    store = open_existing(args)
    try:
        committee_id = committee_of(store, args)
        fields = _fields(args, store, committee_id, held_on)
        copy_from = find_meeting_id(store, ref, committee_id) if ref else None
        spec = SessionSpec(
            committee_id=committee_id,
            held_on=held_on,
            template=Template(template),
            copy_from=copy_from,
        )
        created = new_session(store, replace(spec, **fields))
        _warn_terms(store, committee_id, created.meeting)
    finally:
        store.close()
    m = created.meeting
    print(
        f"Created {_name(m)} {format_time(m.start_time)}: {created.agenda_items} agenda "
        f"items, {created.invitees} invitees, {created.open_actions} open actions to review"
    )
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import parse_date
    from gsmeet.domain.setup import SessionEdit
    from gsmeet.services.meetings import find_meeting_id, meeting_record
    from gsmeet.services.session_edits import NothingToChange, edit_session

    held_on = parse_date(args.date) if args.date else None
    store = open_existing(args)
    try:
        committee_id = committee_of(store, args)
        meeting_id = find_meeting_id(store, args.meeting, committee_id)
        day = held_on or meeting_record(store, meeting_id).meeting.held_on
        fields = _fields(args, store, committee_id, day)
        if held_on is not None:
            fields["held_on"] = held_on
        if args.no_guests:
            fields["guests"] = ()
        if not fields:
            raise NothingToChange()
        update = edit_session(store, meeting_id, replace(SessionEdit(), **fields))
    finally:
        store.close()
    print(f"Changed {_name(update.meeting)}: {', '.join(sorted(fields))}")
    return 0


def _with_meeting(args: argparse.Namespace) -> tuple[Store, int]:
    from gsmeet.services.meetings import find_meeting_id

    store = open_existing(args)
    try:
        return store, find_meeting_id(store, args.meeting, committee_of(store, args))
    except BaseException:
        store.close()
        raise


def cmd_postpone(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import format_time, parse_date, parse_time
    from gsmeet.services.session_edits import postpone_session

    held_on = parse_date(args.date)
    start = parse_time(args.time) if args.time else None
    store, meeting_id = _with_meeting(args)
    try:
        update = postpone_session(store, meeting_id, held_on, start)
    finally:
        store.close()
    before, after = update.previous, update.meeting
    print(
        f"Postponed {_name(before)} {format_time(before.start_time)} to "
        f"{_name(after)} {format_time(after.start_time)}"
    )
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from gsmeet.services.session_edits import cancel_session

    store, meeting_id = _with_meeting(args)
    try:
        update = cancel_session(store, meeting_id, args.reason)
    finally:
        store.close()
    reason = f" ({update.meeting.cancel_reason})" if update.meeting.cancel_reason else ""
    print(f"Cancelled {_name(update.previous)}{reason}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from gsmeet.services.session_edits import delete_session

    store, meeting_id = _with_meeting(args)
    try:
        update = delete_session(store, meeting_id)
    finally:
        store.close()
    print(f"Deleted {_name(update.previous)}")
    return 0
