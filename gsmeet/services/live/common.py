"""Helpers the live-session services share: finding and locking the meeting, people as
they stood on its date, records of what was recorded."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Date, Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.enums import AttendanceStatus, MeetingStatus, Role
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.domain.quorum import QuorumCount, QuorumRule, count_quorum
from gsmeet.domain.records import AttendanceRecord, PersonAtDate
from gsmeet.storage.models import AgendaItem, Attendance, Meeting, Membership, Person, Subcommittee

ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def naive(moment: datetime) -> datetime:
    """``moment`` as local wall-clock time without a zone: how every time is stored,
    so that times compare and sort as text in SQLite."""
    return moment if moment.tzinfo is None else moment.astimezone().replace(tzinfo=None)


def required_text(text: str) -> str:
    """``text`` without surrounding space; nothing at all is :class:`InvalidInputError`."""
    text = text.strip()
    if not text:
        raise InvalidInputError("Nothing to save")
    return text


def get_meeting(session: Session, meeting_id: int, *, editing: bool) -> Meeting:
    """The meeting; when ``editing``, :class:`LockedError` once its minutes were issued."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"No meeting with id {meeting_id}")
    if editing:
        check_editable(meeting)
    return meeting


def check_editable(meeting: Meeting | Place) -> None:
    if meeting.status is MeetingStatus.MINUTES_ISSUED:
        raise LockedError(
            f"Meeting no. {meeting.number} ({meeting.held_on.isoformat()}): its minutes "
            "were issued, so its record can no longer change"
        )


class Place(NamedTuple):
    """Where an entry goes: an agenda item and what matters of its meeting."""

    item_id: int
    meeting_id: int
    committee_id: int
    held_on: date
    number: int
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
        raise NotFoundError(f"No agenda item with id {item_id}")
    place = Place(*found)
    if editing:
        check_editable(place)
    return place


def get_item(session: Session, item_id: int, *, editing: bool) -> tuple[AgendaItem, Meeting]:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"No agenda item with id {item_id}")
    return item, get_meeting(session, item.meeting_id, editing=editing)


def person_on(session: Session, committee_id: int, day: date, person_id: int) -> PersonAtDate:
    """One person as :func:`people_at` shows them, reading only their rows."""
    found = people_at(session, committee_id, day, only=person_id).get(person_id)
    if found is None:
        raise NotFoundError(f"No person with id {person_id}")
    return found


AttendanceValues = tuple[AttendanceStatus, datetime | None, str, str]  # status, arrival, why, proxy


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


def attendance_record(person: PersonAtDate, values: AttendanceValues | None) -> AttendanceRecord:
    """A person's attendance; no row yet means invited, not checked in."""
    if values is None:
        return AttendanceRecord(person, AttendanceStatus.INVITED, None, "", "")
    return AttendanceRecord(person, *values)


_Placing = tuple[Role, str, str, str]  # role, organisation, position, sub-committee


@cache
def _people_query(one: bool) -> Select[*tuple[Any, ...]]:
    """Persons with their memberships in the committee (and sub-committee names), the
    in-force test done in SQL: built once, as building it took longer than running it."""
    day = bindparam("day", type_=Date)
    in_force = and_(
        Membership.term_start <= day,
        or_(Membership.left_on.is_(None), Membership.left_on > day),
        or_(Membership.term_end.is_(None), Membership.term_end >= day),
    )
    query = (
        select(
            Person.id,
            Person.name,
            Person.is_public_official,
            Person.email,
            Membership.id,
            Membership.role,
            Membership.organisation,
            Membership.position,
            Subcommittee.name,
            in_force,
        )
        .select_from(Person)
        .outerjoin(
            Membership,
            and_(
                Membership.person_id == Person.id,
                Membership.committee_id == bindparam("committee"),
            ),
        )
        .outerjoin(Subcommittee, Subcommittee.id == Membership.subcommittee_id)
        .order_by(Person.id, Membership.term_start, Membership.id)
    )
    return query.where(Person.id == bindparam("person")) if one else query


def people_at(
    session: Session, committee_id: int, day: date, *, only: int | None = None
) -> dict[int, PersonAtDate]:
    """Everyone (or ``only`` one person) as :func:`gsmeet.services.people.people_on`
    shows them on ``day`` (the tests hold the two equal), in one query of plain
    tuples: loading some 600 ORM objects for it took most of an agenda switch's 30 ms
    budget on the ten-year database."""
    arguments: dict[str, object] = {"day": day, "committee": committee_id}
    if only is not None:
        arguments["person"] = only
    persons: dict[int, tuple[str, bool, str]] = {}
    current: dict[int, tuple[int, _Placing]] = {}
    latest: dict[int, _Placing] = {}
    for row in session.execute(_people_query(only is not None), arguments):
        pid, name, public, email, membership_id, role, organisation, position, sub, active = row
        persons[pid] = (name, public, email)
        if membership_id is None:
            continue
        # people_on shows the in-force membership with the highest id, else the one
        # begun last (rows come by start date).
        latest[pid] = (role, organisation, position, sub or "")
        if active and membership_id > current.get(pid, (-1,))[0]:
            current[pid] = (membership_id, latest[pid])
    result: dict[int, PersonAtDate] = {}
    for pid, (name, public, email) in persons.items():
        found = current.get(pid)
        placing = found[1] if found is not None else latest.get(pid)
        if placing is None:
            result[pid] = PersonAtDate(pid, name, None, "", "", "", public, email)
        else:
            role, organisation, position, subcommittee = placing
            result[pid] = PersonAtDate(
                pid,
                name,
                role if found is not None else None,
                organisation,
                position,
                subcommittee,
                public,
                email,
            )
    return result


def quorum_of(
    rule: QuorumRule,
    people: Mapping[int, PersonAtDate],
    statuses: Mapping[int, AttendanceStatus],
) -> QuorumCount:
    """The quorum as the minutes count it (see ``meetings._build_record``): enrolled
    are the people holding a membership on the day whose role counts for quorum."""
    enrolled = {pid for pid, p in people.items() if p.role is not None and p.role.counts_for_quorum}
    present = sum(1 for pid in enrolled if statuses.get(pid) is AttendanceStatus.PRESENT)
    proxies = sum(1 for pid in enrolled if statuses.get(pid) is AttendanceStatus.PROXY)
    return count_quorum(rule, enrolled=len(enrolled), present=present, proxies=proxies)
