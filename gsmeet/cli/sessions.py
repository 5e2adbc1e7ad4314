"""Sessions: ``prepare`` the next one from a held one (the quick path), and
``session new|edit|postpone|cancel|delete`` for sessions of every kind on any date."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from gsmeet.cli.common import (
    Commands,
    Parser,
    add_command,
    add_committee_option,
    add_db_option,
    add_lang_option,
    add_meeting_option,
    committee_of,
    open_existing,
)
from gsmeet.cli.speech import say, t
from gsmeet.domain.messages import Message

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.records import MeetingSummary
    from gsmeet.services.store import Database as Store

DISCLOSURES = {"public": "public", "partial": "partial", "private": "closed"}


class Prepared(Message):
    text = (
        "Prepared {session}: {items} agenda items, {actions} open actions to review, "
        "{invitees} invitees"
    )


class PreparedKeeping(Message):
    text = (
        "Prepared {session}: its agenda of {kept} items kept, {actions} open actions to "
        "review, {invitees} invitees"
    )


class SessionCreated(Message):
    text = (
        "Created {session}: {items} agenda items, {invitees} invitees, {actions} open "
        "actions to review"
    )


class SessionChanged(Message):
    text = "Changed {session}: {fields}"


class Postponed(Message):
    text = "Postponed {before} to {after}"


class Cancelled(Message):
    text = "Cancelled {session}"


class CancelledBecause(Message):
    text = "Cancelled {session} ({reason})"


class Deleted(Message):
    text = "Deleted {session}"


class TermsWarning(Message):
    text = "warning: {notice}"


@dataclass(frozen=True)
class SessionAt:
    """A session as a result names it, in the result's language: its name, its day and
    (with ``time``) its start — ``제3차 정기회의 2019. 11. 28.(목) 14:00``."""

    meeting: MeetingSummary
    time: bool = True

    def label(self, lang: Lang = "ko") -> str:
        from gsmeet.domain.dates import format_date, format_time
        from gsmeet.domain.sessions import session_name

        m = self.meeting
        when = format_date(m.held_on, lang)
        if self.time and m.start_time is not None:
            when = f"{when} {format_time(m.start_time)}"
        return (
            f"{session_name(m, lang)} {when}"
            if lang == "ko"
            else f"{session_name(m, lang)}, {when}"
        )


def register(commands: Commands) -> None:
    prepare = add_command(
        commands,
        "prepare",
        cmd_prepare,
        t("prepare the next session from a held one"),
        committee=True,
    )
    prepare.add_argument(
        "--from", dest="source", required=True, help=t("held session: number, date or 'latest'")
    )
    prepare.add_argument("--date", required=True, help=t("date of the new session (YYYY-MM-DD)"))
    prepare.add_argument("--time", help=t("start time (HH:MM); default: the source's"))
    prepare.add_argument("--place", help=t("place; default: the source's"))

    session = commands.add_parser("session", help=t("sessions of every kind, on any date"))
    verbs = session.add_subparsers(title=t("session commands"), metavar="SUBCOMMAND")
    verbs.required = True
    _new(verbs)
    _edit(verbs)
    postpone = _verb(
        verbs, "postpone", cmd_postpone, t("move a session not yet held to another day")
    )
    postpone.add_argument("--date", required=True, help=t("the new date (YYYY-MM-DD)"))
    postpone.add_argument("--time", help=t("the new start time (HH:MM); default: as planned"))
    cancel = _verb(
        verbs, "cancel", cmd_cancel, t("cancel a session not yet held (it stays listed)")
    )
    cancel.add_argument("--reason", default="", help=t("why (printed in the session list)"))
    _verb(verbs, "delete", cmd_delete, t("delete a session with nothing recorded"))


def _verb(verbs: Commands, name: str, handler: object, text: str) -> Parser:
    sub: Parser = verbs.add_parser(name, help=text, description=text)
    add_db_option(sub)
    add_committee_option(sub)
    add_lang_option(sub)
    if name != "new":
        add_meeting_option(sub)
    sub.set_defaults(handler=handler, writes=True)
    return sub


def _common(sub: Parser) -> None:
    """The fields ``new`` and ``edit`` share."""
    sub.add_argument("--time", help=t("start time (HH:MM)"))
    sub.add_argument("--end", help=t("planned end (HH:MM)"))
    sub.add_argument("--place", help=t("place (장소)"))
    sub.add_argument(
        "--kind",
        help=t(
            "regular, extraordinary, roundtable, subcommittee, ceremony, workshop, "
            "their Korean names (정기회의, 임시회의, 간담회, 분과회의, 행사, 워크숍) "
            "or the committee's own"
        ),
    )
    sub.add_argument(
        "--subcommittee", metavar="NAME", help=t("the sub-committee that meets (분과)")
    )
    sub.add_argument("--title", help=t("the session's title"))
    sub.add_argument("--chair", metavar="NAME", help=t("who chairs (주재)"))
    sub.add_argument("--secretary", metavar="NAME", help=t("the secretary (간사)"))
    sub.add_argument("--number", type=int, metavar="N", help=t("its number (제N차)"))
    sub.add_argument("--disclosure", choices=tuple(DISCLOSURES), help=t("disclosure class"))
    sub.add_argument(
        "--guest",
        action="append",
        metavar="'성명|소속|직위'",
        help=t("a guest (내빈); repeat for each"),
    )
    sub.add_argument(
        "--headcount", type=int, metavar="N", help=t("참석 인원 약 N명 (a large event)")
    )


def _new(verbs: Commands) -> None:
    new = _verb(verbs, "new", cmd_new, t("create a session of any kind, on any date"))
    new.add_argument("--date", required=True, help=t("the session's date (YYYY-MM-DD)"))
    _common(new)
    new.add_argument(
        "--agenda",
        default="standing",
        metavar="standing|copy:REF|empty",
        help=t("the standing agenda (default), a copy of session REF's agenda, or none"),
    )


def _edit(verbs: Commands) -> None:
    edit = _verb(verbs, "edit", cmd_edit, t("change a session until its minutes are issued"))
    edit.add_argument("--date", help=t("the session's date (YYYY-MM-DD)"))
    _common(edit)
    edit.add_argument("--no-guests", action="store_true", help=t("remove every guest"))


def _warn_terms(store: Store, committee_id: int, meeting: MeetingSummary) -> None:
    from gsmeet.services.register.terms import check_terms

    notice = check_terms(store, committee_id, meeting.held_on)
    if notice is not None:
        print(say(TermsWarning(notice=notice)), file=sys.stderr)


def cmd_prepare(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import parse_date, parse_time
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
    session = SessionAt(prepared.meeting)
    counts = {"actions": prepared.open_actions, "invitees": prepared.invitees}
    if prepared.kept_items:
        print(say(PreparedKeeping(session=session, kept=prepared.kept_items, **counts)))
    else:
        print(say(Prepared(session=session, items=prepared.agenda_items, **counts)))
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
    from gsmeet.domain.dates import parse_date
    from gsmeet.domain.setup import SessionSpec, Template
    from gsmeet.services.record import find_meeting_id
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
    made = SessionCreated(
        session=SessionAt(created.meeting),
        items=created.agenda_items,
        invitees=created.invitees,
        actions=created.open_actions,
    )
    print(say(made))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import parse_date
    from gsmeet.domain.setup import SessionEdit
    from gsmeet.services.record import find_meeting_id, meeting_record
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
    changed = [f"--{name.removesuffix('_id').replace('_', '-')}" for name in sorted(fields)]
    print(say(SessionChanged(session=SessionAt(update.meeting, time=False), fields=changed)))
    return 0


def _with_meeting(args: argparse.Namespace) -> tuple[Store, int]:
    from gsmeet.services.record import find_meeting_id

    store = open_existing(args)
    try:
        return store, find_meeting_id(store, args.meeting, committee_of(store, args))
    except BaseException:
        store.close()
        raise


def cmd_postpone(args: argparse.Namespace) -> int:
    from gsmeet.domain.dates import parse_date, parse_time
    from gsmeet.services.session_edits import postpone_session

    held_on = parse_date(args.date)
    start = parse_time(args.time) if args.time else None
    store, meeting_id = _with_meeting(args)
    try:
        update = postpone_session(store, meeting_id, held_on, start)
    finally:
        store.close()
    print(say(Postponed(before=SessionAt(update.previous), after=SessionAt(update.meeting))))
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from gsmeet.services.session_edits import cancel_session

    store, meeting_id = _with_meeting(args)
    try:
        update = cancel_session(store, meeting_id, args.reason)
    finally:
        store.close()
    session = SessionAt(update.previous, time=False)
    if update.meeting.cancel_reason:
        print(say(CancelledBecause(session=session, reason=update.meeting.cancel_reason)))
    else:
        print(say(Cancelled(session=session)))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from gsmeet.services.session_edits import delete_session

    store, meeting_id = _with_meeting(args)
    try:
        update = delete_session(store, meeting_id)
    finally:
        store.close()
    print(say(Deleted(session=SessionAt(update.previous, time=False))))
    return 0
