"""Attendance during the session: check-ins with arrival times, absences with their
reason, proxies; the quorum recomputed by the committee's rule on every change.
``undo_check_in`` on a change undoes it (and the change it returns redoes it)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD
from gsmeet.domain.edits import Undo
from gsmeet.domain.enums import AttendanceStatus, Thing
from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.live import AttendanceChange
from gsmeet.domain.records import AttendanceRecord, PersonAtDate
from gsmeet.services.changes import touches
from gsmeet.services.edits import bring_back, delete_row
from gsmeet.services.live.common import (
    ATTENDING,
    attendance_values,
    get_meeting,
    naive,
    quorum_of,
)
from gsmeet.services.people import people_on
from gsmeet.services.records import AttendanceValues, attendance_record, committee_info
from gsmeet.services.store import Database
from gsmeet.storage.models import AgendaItem, Attendance, Committee, Meeting, Person, Remark


@touches(RECORD)
def check_in(
    store: Database,
    meeting_id: int,
    person_id: int,
    *,
    status: AttendanceStatus,
    now: datetime,
    reason: str = "",
    proxy_name: str = "",
    arrived_at: datetime | None = None,
) -> AttendanceChange:
    """Record a person's attendance. Becoming present (or represented by a proxy)
    records the arrival time (``arrived_at``, else ``now``); someone already there
    keeps theirs. Returns the row before and after, and the quorum recomputed."""
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        people = people_on(session, meeting.committee_id, meeting.held_on)
        mark = Mark(status, naive(now), reason, proxy_name, arrived_at)
        previous = _write(session, meeting, people, person_id, mark)
        return _attendance_change(session, meeting, people, previous, person_id)


@touches(RECORD)
def mark_absent(
    store: Database, meeting_id: int, person_ids: list[int], *, now: datetime
) -> tuple[AttendanceChange, ...]:
    """Record everyone in ``person_ids`` absent, in one transaction (at the end of a
    session: those never checked in). :func:`undo_check_ins` puts them back."""
    absent = Mark(AttendanceStatus.ABSENT, naive(now))
    return _mark_each(store, meeting_id, [(p, absent) for p in person_ids])


@touches(RECORD)
def mark_speakers_present(
    store: Database, meeting_id: int, person_ids: list[int], *, now: datetime
) -> tuple[AttendanceChange, ...]:
    """Record everyone in ``person_ids`` present, arrived when they first spoke (at the
    end of a session: those who spoke but never checked in; see
    :mod:`gsmeet.domain.presence`). :func:`undo_check_ins` puts them back."""
    first = speakers(store, meeting_id)
    marks = [
        (p, Mark(AttendanceStatus.PRESENT, naive(now), arrived_at=first.get(p))) for p in person_ids
    ]
    return _mark_each(store, meeting_id, marks)


def speakers(store: Database, meeting_id: int) -> dict[int, datetime]:
    """Everyone who spoke at the meeting (person id), with when they first spoke."""
    with store.session() as session:
        found = session.execute(
            select(Remark.speaker_id, func.min(Remark.spoken_at))
            .join(AgendaItem, AgendaItem.id == Remark.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting_id, Remark.speaker_id.is_not(None))
            .group_by(Remark.speaker_id)
        ).all()
        return {person: spoken for person, spoken in found if person is not None}


def _mark_each(
    store: Database, meeting_id: int, marks: list[tuple[int, Mark]]
) -> tuple[AttendanceChange, ...]:
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        people = people_on(session, meeting.committee_id, meeting.held_on)
        before = [(p, _write(session, meeting, people, p, mark)) for p, mark in marks]
        return tuple(_attendance_change(session, meeting, people, b, p) for p, b in before)


class Mark(NamedTuple):
    status: AttendanceStatus
    now: datetime
    reason: str = ""
    proxy_name: str = ""
    arrived_at: datetime | None = None


def _write(
    session: Session,
    meeting: Meeting,
    people: dict[int, PersonAtDate],
    person_id: int,
    mark: Mark,
) -> AttendanceRecord | None:
    """One person's attendance written; returns the row as it was (None: none)."""
    if session.get(Person, person_id) is None:
        raise NoSuchRecord(what=Thing.PERSON, id=person_id)
    row = session.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == person_id
        )
    ).first()
    previous = attendance_record(people[person_id], _values(row)) if row else None
    if row is None:
        row = Attendance(meeting_id=meeting.id, person_id=person_id, arrived_at=None)
        session.add(row)
    was_there = previous is not None and previous.status in ATTENDING
    if mark.status in ATTENDING:
        if mark.arrived_at is not None:
            row.arrived_at = naive(mark.arrived_at)
        elif not was_there or row.arrived_at is None:
            row.arrived_at = mark.now
    else:
        row.arrived_at = None
    row.status = mark.status
    row.reason = mark.reason.strip()
    row.proxy_name = mark.proxy_name.strip() if mark.status is AttendanceStatus.PROXY else ""
    return previous


@touches(RECORD)
def undo_check_in(store: Database, change: AttendanceChange) -> AttendanceChange:
    """Put a person's attendance back as it was before ``change`` (no row at all if
    there was none). The result undoes the undo."""
    return undo_check_ins(store, (change,))[0]


@touches(RECORD)
def undo_check_ins(
    store: Database, changes: tuple[AttendanceChange, ...]
) -> tuple[AttendanceChange, ...]:
    """:func:`undo_check_in` of each of ``changes`` (of one meeting), in one
    transaction; the result undoes the undo."""
    if not changes:
        return ()
    with store.session() as session:
        meeting = get_meeting(session, changes[0].meeting_id, editing=True)
        people = people_on(session, meeting.committee_id, meeting.held_on)
        before = [(c.current.person.id, _put_back(session, meeting, people, c)) for c in changes]
        return tuple(
            _attendance_change(session, meeting, people, b, p, undo=undo) for p, (b, undo) in before
        )


def _put_back(
    session: Session, meeting: Meeting, people: dict[int, PersonAtDate], change: AttendanceChange
) -> tuple[AttendanceRecord | None, Undo | None]:
    """One person's row as ``change`` found it; returns the row as it was, and what
    brings it back when this deleted it."""
    person_id = change.current.person.id
    row = session.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == person_id
        )
    ).first()
    before = attendance_record(people[person_id], _values(row)) if row else None
    wanted = change.previous
    if wanted is None:
        return before, delete_row(session, row) if row is not None else None
    if row is None and change.undo is not None:  # deleted by an undo: the same row again
        row = bring_back(session, change.undo, Attendance, Thing.ATTENDANCE)
    elif row is None:
        row = Attendance(meeting_id=meeting.id, person_id=person_id)
        session.add(row)
    row.status = wanted.status
    row.arrived_at = wanted.arrived_at
    row.reason = wanted.reason
    row.proxy_name = wanted.proxy_name
    return before, None


def _attendance_change(
    session: Session,
    meeting: Meeting,
    people: dict[int, PersonAtDate],
    previous: AttendanceRecord | None,
    person_id: int,
    *,
    undo: Undo | None = None,
) -> AttendanceChange:
    session.flush()
    rows = attendance_values(session, meeting.id)
    rule = committee_info(session.get_one(Committee, meeting.committee_id)).quorum_rule
    return AttendanceChange(
        meeting_id=meeting.id,
        previous=previous,
        current=attendance_record(people[person_id], rows.get(person_id)),
        quorum=quorum_of(rule, people, {p: r[0] for p, r in rows.items()}, meeting),
        undo=undo,
    )


def _values(row: Attendance) -> AttendanceValues:
    return (row.status, row.arrived_at, row.reason, row.proxy_name)
