"""Helpers the live-session services share: finding and locking the meeting, people as
they stood on its date, records of what was recorded."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from gsmeet.domain.edits import ensure_editable
from gsmeet.domain.entry import NothingToSave
from gsmeet.domain.enums import AttendanceStatus, MeetingStatus, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.quorum import QuorumCount, QuorumRule, count_quorum
from gsmeet.domain.records import PersonAtDate
from gsmeet.services.offline.here import ensure_here
from gsmeet.services.records import AttendanceValues
from gsmeet.storage.models import AgendaItem, Attendance, Meeting


class DueBeforeMeeting(InvalidInputError):
    text = "The due date {due} is before the meeting's day ({held_on}); a due date lies ahead"


def ensure_due(due_on: date | None, held_on: date) -> None:
    """Refuse a due date before the meeting's day (a typo of the year, most often)."""
    if due_on is not None and due_on < held_on:
        raise DueBeforeMeeting(due=due_on, held_on=held_on)


class ItemNotInMeeting(InvalidInputError):
    text = "Agenda item {id} is not in this meeting"


ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def naive(moment: datetime) -> datetime:
    """``moment`` as local wall-clock time without a zone: how every time is stored,
    so that times compare and sort as text in SQLite."""
    return moment if moment.tzinfo is None else moment.astimezone().replace(tzinfo=None)


def required_text(text: str) -> str:
    """``text`` without surrounding space; nothing at all is :class:`InvalidInputError`."""
    text = text.strip()
    if not text:
        raise NothingToSave()
    return text


def get_meeting(session: Session, meeting_id: int, *, editing: bool) -> Meeting:
    """The meeting; when ``editing``, refused once its minutes were issued
    (:func:`~gsmeet.domain.edits.ensure_editable`)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
    if editing:
        ensure_editable(meeting)
        ensure_here(session, meeting_id)
    return meeting


class Place(NamedTuple):
    """Where an entry goes: an agenda item and what matters of its meeting."""

    item_id: int
    meeting_id: int
    committee_id: int
    held_on: date
    number: int | None
    status: MeetingStatus


@cache
def _place_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            AgendaItem.id,
            Meeting.id,
            Meeting.committee_id,
            Meeting.held_on,
            Meeting.number,
            Meeting.status,
        )
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.id == bindparam("item"))
    )


def place_of(session: Session, item_id: int, *, editing: bool) -> Place:
    """An item and its meeting in one query of plain columns (saving a remark reads
    it before every insert)."""
    found = session.execute(_place_query(), {"item": item_id}).first()
    if found is None:
        raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=item_id)
    place = Place(*found)
    if editing:
        ensure_editable(place)
        ensure_here(session, place.meeting_id)
    return place


def get_item(session: Session, item_id: int, *, editing: bool) -> tuple[AgendaItem, Meeting]:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=item_id)
    return item, get_meeting(session, item.meeting_id, editing=editing)


@cache
def _attendance_query() -> Select[*tuple[Any, ...]]:
    return select(
        Attendance.person_id,
        Attendance.status,
        Attendance.arrived_at,
        Attendance.reason,
        Attendance.proxy_name,
    ).where(Attendance.meeting_id == bindparam("meeting"))


def attendance_values(session: Session, meeting_id: int) -> dict[int, AttendanceValues]:
    """A meeting's attendance rows by person, read as plain values."""
    return {
        pid: (status, arrived_at, reason, proxy_name)
        for pid, status, arrived_at, reason, proxy_name in session.execute(
            _attendance_query(), {"meeting": meeting_id}
        )
    }


def quorum_of(
    rule: QuorumRule,
    people: Mapping[int, PersonAtDate],
    statuses: Mapping[int, AttendanceStatus],
    meeting: Meeting,
) -> QuorumCount:
    """The quorum as the minutes count it (see ``services.record._quorum``): enrolled
    are the people holding a membership on the day whose role counts for quorum — of
    the sub-committee, for a session of one; no verdict where the kind has no quorum."""
    body = meeting.subcommittee.name if meeting.subcommittee is not None else None
    enrolled = {
        pid
        for pid, p in people.items()
        if p.role is not None and p.role.counts_for_quorum and body in (None, p.subcommittee)
    }
    present = sum(1 for pid in enrolled if statuses.get(pid) is AttendanceStatus.PRESENT)
    proxies = sum(1 for pid in enrolled if statuses.get(pid) is AttendanceStatus.PROXY)
    waiting = sum(
        1
        for pid in enrolled
        if statuses.get(pid, AttendanceStatus.INVITED) is AttendanceStatus.INVITED
    )
    over = meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)
    return count_quorum(
        rule,
        enrolled=len(enrolled),
        present=present,
        proxies=proxies,
        applies=meeting.kind.quorum_applies,
        unchecked=0 if over else waiting,
    )
