"""The committee register: members with their dated memberships, and its edits.

A change of role, sub-committee, 소속 or 직위 ends a membership and starts the next on
the day it takes effect, so every meeting shows people as they stood on its date. A
member who leaves (해촉) keeps their memberships; their end date is set. How each edit
is undone is listed in :mod:`gsmeet.services.register`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from gsmeet.domain.addresses import AddressFault, address_fault
from gsmeet.domain.changes import MEMBERS, STRATEGIES
from gsmeet.domain.edits import KEEP, Keep, NotThatRemoval, Removal, Seen
from gsmeet.domain.enums import Field, Role, Thing
from gsmeet.domain.errors import InvalidInputError, LockedError, NoSuchRecord
from gsmeet.domain.register import AchievementUpdate, MemberRow, MemberUpdate, TaskUpdate
from gsmeet.domain.search import matches
from gsmeet.domain.terms import in_force
from gsmeet.services.changes import touches
from gsmeet.services.edits import (
    BlankField,
    apply_changes,
    clean_text,
    for_edit,
    get_row,
)
from gsmeet.services.lookups import subcommittee_names
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, ref, roll_back, snapshot
from gsmeet.storage.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Meeting,
    Membership,
    Person,
    Remark,
    Subcommittee,
)


class InvalidEmail(InvalidInputError):
    text = "{name}: malformed e-mail '{value}'"


class EmailNotAscii(InvalidInputError):
    text = "{name}: e-mail '{value}' has letters other than a-z, digits and signs before the @"


class TermEndsBeforeStart(InvalidInputError):
    text = "{name}: the term ends before it starts"


class MembershipRecorded(LockedError):
    text = "This membership is in recorded meetings; deactivate it instead"


class HasLeft(InvalidInputError):
    text = "{name} has left; reactivate them first"


class AlreadyLeft(InvalidInputError):
    text = "{name} already left on {on}"


class LeavesBeforeJoining(InvalidInputError):
    text = "{name} cannot leave before joining ({joined})"


class HasNotLeft(InvalidInputError):
    text = "This member has not left"


class LaterMembership(InvalidInputError):
    text = "{name} has a later membership; edit that one"


ROLE_ORDER = {role: index for index, role in enumerate(Role)}


# ---------------------------------------------------------------- members


def _member_row(
    m: Membership, person: Person, sub: str, on: date, session_date: date | None = None
) -> MemberRow:
    return MemberRow(
        person_id=person.id,
        membership_id=m.id,
        name=person.name,
        organisation=m.organisation,
        position=m.position,
        role=m.role,
        subcommittee_id=m.subcommittee_id,
        subcommittee=sub,
        term_start=m.term_start,
        term_end=m.term_end,
        left_on=m.left_on,
        left_reason=m.left_reason,
        email=person.email,
        phone=person.phone,
        allowance=m.allowance,
        is_public_official=person.is_public_official,
        active=in_force(m, on),
        term_expiring=bool(session_date and m.term_end and m.term_end < session_date),
        seen=Seen.of(Thing.PERSON, [(person.id, person.version)])
        | Seen.of(Thing.MEMBERSHIP, [(m.id, m.version)]),
    )


def _row(s: Session, m: Membership, on: date) -> MemberRow:
    sub = s.get(Subcommittee, m.subcommittee_id) if m.subcommittee_id else None
    return _member_row(m, s.get_one(Person, m.person_id), sub.name if sub else "", on)


def list_members(
    store: Database,
    committee_id: int,
    *,
    on: date,
    include_former: bool = False,
    session_date: date | None = None,
    query: str = "",
) -> list[MemberRow]:
    """Members in office on ``on`` (with ``include_former``, also everyone who served
    before, as of their last membership), by role and sub-committee. A term ending
    before ``session_date`` is flagged; ``query`` filters as the search box does."""
    with store.session() as s:
        memberships = s.scalars(
            select(Membership)
            .where(Membership.committee_id == committee_id)
            .order_by(Membership.term_start, Membership.id)
        ).all()
        chosen: dict[int, Membership] = {}
        for m in memberships:
            current = chosen.get(m.person_id)
            if current is None or not in_force(current, on) or in_force(m, on):
                chosen[m.person_id] = m
        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(list(chosen))))}
        subs = subcommittee_names(s, committee_id)
        rows = [
            _member_row(
                m, people[m.person_id], subs.get(m.subcommittee_id or -1, ""), on, session_date
            )
            for m in chosen.values()
        ]
    rows = [
        r
        for r in rows
        if (r.active or include_former)
        and matches(query, r.name, r.organisation, r.position, r.subcommittee)
    ]
    return sorted(
        rows, key=lambda r: (not r.active, ROLE_ORDER[r.role], r.subcommittee_id or 0, r.name)
    )


def _check_member(s: Session, committee_id: int, m: Membership, person: Person) -> None:
    if not person.name:
        raise BlankField(what=Field.NAME)
    fault = address_fault(person.email) if person.email else None
    if fault is AddressFault.LOCAL_NOT_ASCII:
        raise EmailNotAscii(name=person.name, value=person.email)
    if fault is not None:
        raise InvalidEmail(name=person.name, value=person.email)
    if m.term_end is not None and m.term_end < m.term_start:
        raise TermEndsBeforeStart(name=person.name)
    if m.subcommittee_id is not None:
        sub = s.get(Subcommittee, m.subcommittee_id)
        if sub is None or sub.committee_id != committee_id:
            raise NoSuchRecord(what=Thing.SUBCOMMITTEE, id=m.subcommittee_id)


@touches(MEMBERS)
def add_member(
    store: Database,
    committee_id: int,
    *,
    name: str,
    term_start: date,
    role: Role = Role.MEMBER,
    organisation: str = "",
    position: str = "",
    subcommittee_id: int | None = None,
    term_end: date | None = None,
    email: str = "",
    phone: str = "",
    allowance: bool = True,
    is_public_official: bool = False,
) -> MemberRow:
    """Add a person to the committee from ``term_start`` (위촉일)."""
    with store.session() as s:
        person = Person(
            name=" ".join(name.split()),
            email=email.strip(),
            phone=phone.strip(),
            is_public_official=is_public_official,
        )
        m = Membership(
            committee_id=committee_id,
            role=role,
            subcommittee_id=subcommittee_id,
            organisation=" ".join(organisation.split()),
            position=" ".join(position.split()),
            term_start=term_start,
            term_end=term_end,
            allowance=allowance,
            left_reason="",
        )
        _check_member(s, committee_id, m, person)
        s.add(person)
        s.flush()
        m.person_id = person.id
        s.add(m)
        s.flush()
        return _row(s, m, term_start)


PERSON_REFERENCES = (
    Membership.person_id,
    Attendance.person_id,
    AgendaItem.presenter_id,
    Remark.speaker_id,
    Meeting.chair_id,
    Meeting.secretary_id,
    ActionItem.owner_person_id,
)


@touches(MEMBERS)
def remove_member(store: Database, membership_id: int) -> Removal:
    """Delete a membership entered by mistake (and its person, if nothing else refers
    to them); the undo of :func:`add_member`. A member who leaves is deactivated
    instead: a membership that a recorded meeting fell within cannot be removed."""
    with store.session() as s:
        m: Membership = get_row(s, Membership, membership_id, Thing.MEMBERSHIP)
        attended = s.scalars(
            select(Meeting.held_on)
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .where(Attendance.person_id == m.person_id, Meeting.committee_id == m.committee_id)
        ).all()
        if any(in_force(m, day) for day in attended):
            raise MembershipRecorded()
        rows = [snapshot(m)]
        s.delete(m)
        s.flush()
        if not any(s.scalar(select(exists().where(c == m.person_id))) for c in PERSON_REFERENCES):
            person = s.get_one(Person, m.person_id)
            rows.insert(0, snapshot(person))
            s.delete(person)
        return Removal("member", membership_id, 0, Journal(before=tuple(rows)))


@touches(MEMBERS)
def update_member(
    store: Database,
    membership_id: int,
    *,
    on: date,
    reason: str = "",
    name: str | Keep = KEEP,
    role: Role | Keep = KEEP,
    organisation: str | Keep = KEEP,
    position: str | Keep = KEEP,
    subcommittee_id: int | Keep | None = KEEP,
    term_start: date | Keep = KEEP,
    term_end: date | Keep | None = KEEP,
    email: str | Keep = KEEP,
    phone: str | Keep = KEEP,
    allowance: bool | Keep = KEEP,
    is_public_official: bool | Keep = KEEP,
) -> MemberUpdate:
    """Edit a member. A change of role, sub-committee, 소속 or 직위 takes effect on
    ``on``: the membership ends (``reason`` recorded) and a new one begins, unless the
    membership began that day or later (then it is corrected in place)."""
    with store.session() as s:
        old: Membership = for_edit(s, Membership, membership_id, Thing.MEMBERSHIP)
        person = for_edit(s, Person, old.person_id, Thing.PERSON)
        previous, before = _row(s, old, on), (snapshot(person), snapshot(old))
        dated = {
            "role": role,
            "subcommittee_id": subcommittee_id,
            "organisation": clean_text(organisation, Field.ORGANISATION),
            "position": clean_text(position, Field.POSITION),
        }
        changes = {k: v for k, v in dated.items() if not isinstance(v, Keep)}
        current = old
        if any(v != getattr(old, k) for k, v in changes.items()) and old.term_start < on:
            if old.left_on is not None and old.left_on <= on:
                raise HasLeft(name=previous.name)
            current = start_successor(old, on, reason.strip() or "변경")
            s.add(current)
        apply_changes(
            current, **changes, term_start=term_start, term_end=term_end, allowance=allowance
        )
        email = email if isinstance(email, Keep) else email.strip()
        phone = phone if isinstance(phone, Keep) else phone.strip()
        name = clean_text(name, Field.NAME, required=True)
        apply_changes(
            person, name=name, email=email, phone=phone, is_public_official=is_public_official
        )
        _check_member(s, old.committee_id, current, person)
        s.flush()
        created = (ref(current),) if current is not old else ()
        return MemberUpdate(_row(s, current, on), previous, Journal(created, before))


def start_successor(old: Membership, on: date, reason: str) -> Membership:
    """End ``old`` on ``on`` (its first day out) and return the membership that
    continues it from that day, for the caller to change and add."""
    successor = Membership(
        committee_id=old.committee_id,
        person_id=old.person_id,
        role=old.role,
        subcommittee_id=old.subcommittee_id,
        organisation=old.organisation,
        position=old.position,
        term_start=on,
        term_end=old.term_end,
        left_on=old.left_on,
        left_reason=old.left_reason,
        allowance=old.allowance,
    )
    old.left_on, old.left_reason = on, reason
    return successor


@touches(MEMBERS)
def restore_member(store: Database, removal: Removal) -> MemberRow:
    """Redo an added member after :func:`remove_member`: same ids."""
    if removal.kind != "member":
        raise NotThatRemoval(kind=removal.kind)
    with store.session() as s:
        roll_back(s, removal.undo)
        m = s.get_one(Membership, removal.id)
        return _row(s, m, m.term_start)


@touches(MEMBERS, STRATEGIES)
def revert_update(store: Database, update: MemberUpdate | TaskUpdate | AchievementUpdate) -> None:
    """Undo an update of a member, a task or an achievement: the rows it created go,
    the rows it changed are as they were."""
    with store.session() as s:
        roll_back(s, update.undo)


@touches(MEMBERS)
def deactivate_member(store: Database, membership_id: int, *, on: date, reason: str) -> MemberRow:
    """해촉: the member is out from ``on`` (their first day out). They stay in the
    records of the meetings they attended. Returns the row as it was."""
    with store.session() as s:
        m: Membership = get_row(s, Membership, membership_id, Thing.MEMBERSHIP)
        before = _row(s, m, on)
        if m.left_on is not None:
            raise AlreadyLeft(name=before.name, on=m.left_on)
        if on < m.term_start:
            raise LeavesBeforeJoining(name=before.name, joined=m.term_start)
        m.left_on, m.left_reason = on, reason.strip()
        return before


@touches(MEMBERS)
def reactivate_member(store: Database, membership_id: int) -> MemberRow:
    """Undo a deactivation. Returns the row as it was (with ``left_on``)."""
    with store.session() as s:
        m: Membership = get_row(s, Membership, membership_id, Thing.MEMBERSHIP)
        if m.left_on is None:
            raise HasNotLeft()
        before = _row(s, m, m.left_on)
        later = exists().where(
            Membership.person_id == m.person_id,
            Membership.committee_id == m.committee_id,
            Membership.id != m.id,
            Membership.term_start >= m.left_on,
        )
        if s.scalar(select(later)):
            raise LaterMembership(name=before.name)
        m.left_on, m.left_reason = None, ""
        return before
