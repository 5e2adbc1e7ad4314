"""Attendance during the session: check-ins with arrival times, absences with their
reason, proxies; the quorum recomputed by the committee's rule on every change.
``undo_check_in`` on a change undoes it (and the change it returns redoes it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD
from gsmeet.domain.enums import AttendanceStatus, Thing
from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.live import AttendanceChange
from gsmeet.domain.records import AttendanceRecord, PersonAtDate
from gsmeet.services.changes import touches
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
from gsmeet.storage.models import Attendance, Committee, Meeting, Person


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
    now = naive(now)
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        if session.get(Person, person_id) is None:
            raise NoSuchRecord(what=Thing.PERSON, id=person_id)
        row = session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting.id, Attendance.person_id == person_id
            )
        ).first()
        people = people_on(session, meeting.committee_id, meeting.held_on)
        previous = attendance_record(people[person_id], _values(row)) if row else None
        if row is None:
            row = Attendance(meeting_id=meeting.id, person_id=person_id, arrived_at=None)
            session.add(row)
        was_there = previous is not None and previous.status in ATTENDING
        if status in ATTENDING:
            if arrived_at is not None:
                row.arrived_at = naive(arrived_at)
            elif not was_there or row.arrived_at is None:
                row.arrived_at = now
        else:
            row.arrived_at = None
        row.status = status
        row.reason = reason.strip()
        row.proxy_name = proxy_name.strip() if status is AttendanceStatus.PROXY else ""
        return _attendance_change(session, meeting, people, previous, person_id)


@touches(RECORD)
def undo_check_in(store: Database, change: AttendanceChange) -> AttendanceChange:
    """Put a person's attendance back as it was before ``change`` (no row at all if
    there was none). The result undoes the undo."""
    with store.session() as session:
        meeting = get_meeting(session, change.meeting_id, editing=True)
        person_id = change.current.person.id
        row = session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting.id, Attendance.person_id == person_id
            )
        ).first()
        people = people_on(session, meeting.committee_id, meeting.held_on)
        before = attendance_record(people[person_id], _values(row)) if row else None
        wanted = change.previous
        if wanted is None:
            if row is not None:
                session.delete(row)
        else:
            if row is None:
                row = Attendance(meeting_id=meeting.id, person_id=person_id)
                session.add(row)
            row.status = wanted.status
            row.arrived_at = wanted.arrived_at
            row.reason = wanted.reason
            row.proxy_name = wanted.proxy_name
        return _attendance_change(session, meeting, people, before, person_id)


def _attendance_change(
    session: Session,
    meeting: Meeting,
    people: dict[int, PersonAtDate],
    previous: AttendanceRecord | None,
    person_id: int,
) -> AttendanceChange:
    session.flush()
    rows = attendance_values(session, meeting.id)
    rule = committee_info(session.get_one(Committee, meeting.committee_id)).quorum_rule
    return AttendanceChange(
        meeting_id=meeting.id,
        previous=previous,
        current=attendance_record(people[person_id], rows.get(person_id)),
        quorum=quorum_of(rule, people, {p: r[0] for p, r in rows.items()}, meeting),
    )


def _values(row: Attendance) -> AttendanceValues:
    return (row.status, row.arrived_at, row.reason, row.proxy_name)
