"""New sessions of every kind, on any date: the first one, a future one, or a past
one whose record is entered afterwards — with the standing agenda, a copy of another
session's agenda, or none. (``prepare`` is the quick path from the last held session:
:mod:`gsmeet.services.prepare`; editing, postponing, cancelling and deleting are
:mod:`gsmeet.services.session_edits`.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import AGENDA, RECORD, SESSIONS
from gsmeet.domain.enums import Field, Role, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.labels import label
from gsmeet.domain.records import GuestRecord
from gsmeet.domain.setup import (
    Choice,
    GuestSpec,
    NumberOffer,
    SessionCreated,
    SessionForm,
    SessionSpec,
    Template,
)
from gsmeet.services.changes import touches
from gsmeet.services.edits import clean_text
from gsmeet.services.meetings import body_of, invitees_of, open_actions_of_earlier, previous_held
from gsmeet.services.numbering import assign, scope_of
from gsmeet.services.record import HELD_STATES
from gsmeet.services.records import kind_info, summary
from gsmeet.services.standing import copied_agenda, standing_agenda
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, ref
from gsmeet.storage.models import (
    Attendance,
    Committee,
    Guest,
    Meeting,
    Membership,
    Person,
    SessionKind,
    Subcommittee,
)

MAX_HEADCOUNT = 1_000_000


class SubcommitteeNeeded(InvalidInputError):
    text = "A {kind} is held by one sub-committee: name it"


class NotThisCommittee(InvalidInputError):
    text = "{what} {id} belongs to another committee"


class EndsBeforeStart(InvalidInputError):
    text = "The session cannot end at {end} when it starts at {start}"


class BadHeadcount(InvalidInputError):
    text = "A headcount of {count} is not a number of people"


class CopyOfNothing(InvalidInputError):
    text = "Name the session whose agenda is copied"


class BadTemplate(InvalidInputError):
    text = "--agenda '{text}': write standing, empty or copy:REF (a session's number or date)"


class BadGuest(InvalidInputError):
    text = "'{text}' is not a guest: write 성명|소속|직위"


# ---------------------------------------------------------------- defaults


def default_kind(s: Session, committee_id: int) -> SessionKind:
    """The committee's first kind in use that a whole committee holds (정기회의)."""
    kind = s.scalars(
        select(SessionKind)
        .where(
            SessionKind.committee_id == committee_id,
            SessionKind.retired.is_(False),
            SessionKind.for_subcommittee.is_(False),
        )
        .order_by(SessionKind.position, SessionKind.id)
    ).first()
    if kind is None:
        raise NoSuchRecord(what=Thing.SESSION_KIND, id=0)
    return kind


def default_chair(s: Session, meeting: Meeting) -> int | None:
    """A sub-committee's session: its 분과위원장 on the day. Else the chair of the last
    session held before, if still in office; else the first (co-)chair in office."""
    body = body_of(s, meeting)
    if meeting.subcommittee_id is not None:
        return next((m.person_id for m in body if m.role is Role.SUBCOMMITTEE_CHAIR), None)
    in_office = {m.person_id for m in body}
    previous = previous_held(s, meeting)
    if previous is not None and previous.chair_id in in_office:
        return previous.chair_id
    for role in (Role.CHAIR, Role.CO_CHAIR, Role.VICE_CHAIR):
        found = next((m.person_id for m in body if m.role is role), None)
        if found is not None:
            return found
    return None


def default_secretary(s: Session, meeting: Meeting) -> int | None:
    """The 간사 in office on the day (the last session's, if still in office)."""
    from gsmeet.services.people import memberships_on

    secretaries = [
        m.person_id
        for m in memberships_on(s, meeting.committee_id, meeting.held_on)
        if m.role is Role.SECRETARY
    ]
    previous = previous_held(s, meeting)
    if previous is not None and previous.secretary_id in secretaries:
        return previous.secretary_id
    if secretaries:
        return secretaries[0]
    # A session of the past entered now: the 간사 who writes its record today.
    return s.scalar(
        select(Membership.person_id)
        .where(Membership.committee_id == meeting.committee_id, Membership.role == Role.SECRETARY)
        .order_by(Membership.term_start.desc(), Membership.id.desc())
        .limit(1)
    )


# ---------------------------------------------------------------- checks


def check_times(start: time, end: time | None) -> None:
    if end is not None and end <= start:
        raise EndsBeforeStart(start=start, end=end)


def check_headcount(count: int | None) -> None:
    if count is not None and not 0 <= count <= MAX_HEADCOUNT:
        raise BadHeadcount(count=count)


def parse_guest(text: str) -> GuestSpec:
    """``성명|소속|직위`` (소속 and 직위 may be left out)."""
    parts = [part.strip() for part in text.split("|")]
    if len(parts) > 3 or not parts[0]:
        raise BadGuest(text=text)
    parts += [""] * (3 - len(parts))
    return GuestSpec(*parts)


def clean_guests(guests: Sequence[GuestSpec]) -> list[GuestSpec]:
    return [
        GuestSpec(
            str(clean_text(g.name, Field.GUEST_NAME, required=True)),
            " ".join(g.organisation.split()),
            " ".join(g.position.split()),
        )
        for g in guests
    ]


def guest_rows(meeting_id: int, guests: Sequence[GuestSpec]) -> list[Guest]:
    return [
        Guest(
            meeting_id=meeting_id,
            name=g.name,
            organisation=g.organisation,
            position=g.position,
            ordinal=ordinal,
        )
        for ordinal, g in enumerate(clean_guests(guests), start=1)
    ]


def owned(s: Session, committee_id: int, model: type, row_id: int | None, what: Thing) -> None:
    """``row_id`` of ``model`` exists and belongs to the committee (kinds,
    sub-committees, sessions); a person must exist."""
    if row_id is None:
        return
    row = s.get(model, row_id)
    if row is None:
        raise NoSuchRecord(what=what, id=row_id)
    if getattr(row, "committee_id", committee_id) != committee_id:
        raise NotThisCommittee(what=what, id=row_id)


def check_scope(s: Session, kind: SessionKind, subcommittee_id: int | None) -> None:
    if kind.for_subcommittee and subcommittee_id is None:
        raise SubcommitteeNeeded(kind=kind_info(kind))


# ---------------------------------------------------------------- new sessions


@touches(SESSIONS, AGENDA, RECORD)
def new_session(store: Database, spec: SessionSpec) -> SessionCreated:
    """A session on any date, of any kind, whole committee or one sub-committee's, with
    the agenda ``spec.template`` asks for and its body invited (the members in office
    on the day; a sub-committee's members for its session)."""
    check_times(spec.start_time, spec.end_time)
    check_headcount(spec.headcount)
    guests = clean_guests(spec.guests)
    with store.session() as s:
        committee = s.get(Committee, spec.committee_id)
        if committee is None:
            raise NoSuchRecord(what=Thing.COMMITTEE, id=spec.committee_id)
        owned(s, committee.id, SessionKind, spec.kind_id, Thing.SESSION_KIND)
        owned(s, committee.id, Subcommittee, spec.subcommittee_id, Thing.SUBCOMMITTEE)
        for person_id in (spec.chair_id, spec.secretary_id):
            owned(s, committee.id, Person, person_id, Thing.PERSON)
        kind = (
            s.get_one(SessionKind, spec.kind_id)
            if spec.kind_id is not None
            else default_kind(s, committee.id)
        )
        if kind.retired:
            from gsmeet.services.kinds import KindRetired

            raise KindRetired(kind=kind_info(kind))
        check_scope(s, kind, spec.subcommittee_id)
        source = _copy_source(s, spec)
        meeting = Meeting(
            committee_id=committee.id,
            kind=kind,
            series=kind.series,
            subcommittee_id=spec.subcommittee_id,
            title=" ".join(spec.title.split()),
            held_on=spec.held_on,
            start_time=spec.start_time,
            end_time=spec.end_time,
            place=" ".join(spec.place.split()),
            disclosure=spec.disclosure or committee.default_disclosure,
            headcount=spec.headcount,
        )
        meeting.number = assign(
            s,
            scope_of(meeting),
            held_on=spec.held_on,
            start=spec.start_time,
            number=spec.number,
            kind=kind_info(kind),
        )
        s.add(meeting)
        s.flush()
        meeting.chair_id = spec.chair_id if spec.chair_id is not None else default_chair(s, meeting)
        meeting.secretary_id = (
            spec.secretary_id if spec.secretary_id is not None else default_secretary(s, meeting)
        )
        if spec.template is Template.STANDING:
            items = standing_agenda(s, meeting, previous_held(s, meeting), spec.lang)
            s.add_all(items)
        elif spec.template is Template.COPY and source is not None:
            items = copied_agenda(s, meeting, source)
        else:
            items = []
        invitations = [
            Attendance(meeting_id=meeting.id, person_id=pid) for pid in invitees_of(s, meeting)
        ]
        s.add_all(invitations)
        s.add_all(guest_rows(meeting.id, guests))
        s.flush()
        return SessionCreated(
            meeting=summary(meeting),
            agenda_items=len(items),
            invitees=len(invitations),
            open_actions=len(open_actions_of_earlier(s, meeting)),
            undo=Journal(created=(ref(meeting),)),  # its rows go with it
        )


def _copy_source(s: Session, spec: SessionSpec) -> Meeting | None:
    if spec.template is not Template.COPY:
        return None
    if spec.copy_from is None:
        raise CopyOfNothing()
    owned(s, spec.committee_id, Meeting, spec.copy_from, Thing.MEETING)
    return s.get_one(Meeting, spec.copy_from)


def guests_of(store: Database, meeting_id: int) -> list[GuestRecord]:
    with store.session() as s:
        return [
            GuestRecord(g.id, g.name, g.organisation, g.position)
            for g in s.scalars(
                select(Guest).where(Guest.meeting_id == meeting_id).order_by(Guest.ordinal)
            )
        ]


def held_before(store: Database, committee_id: int, day: date) -> bool:
    """Whether any session of the committee was held before ``day`` (the first session
    has no previous one to learn its times from)."""
    with store.session() as s:
        return (
            s.scalar(
                select(Meeting.id).where(
                    Meeting.committee_id == committee_id,
                    Meeting.held_on < day,
                    Meeting.status.in_(HELD_STATES),
                )
            )
            is not None
        )


def session_form(store: Database, committee_id: int) -> SessionForm:
    """What the session dialog offers for the committee."""
    from gsmeet.services.kinds import kinds_of
    from gsmeet.services.listing import list_meetings

    with store.session() as s:
        kinds = tuple(kinds_of(s, committee_id))
        subs = tuple(
            (sub_id, name)
            for sub_id, name in s.execute(
                select(Subcommittee.id, Subcommittee.name)
                .where(Subcommittee.committee_id == committee_id)
                .order_by(Subcommittee.position, Subcommittee.id)
            )
        )
        latest: dict[int, tuple[str, str]] = {}
        for person_id, name, position, role in s.execute(
            select(Person.id, Person.name, Membership.position, Membership.role)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.committee_id == committee_id)
            .order_by(Membership.term_start, Membership.id)
        ):
            latest[person_id] = (name, position or label(role))
    people = tuple(
        Choice(pid, name, detail)
        for pid, (name, detail) in sorted(latest.items(), key=lambda p: p[1])
    )
    return SessionForm(kinds, subs, people, tuple(list_meetings(store, committee_id)))


def offer_number(
    store: Database,
    committee_id: int,
    *,
    kind_id: int,
    subcommittee_id: int | None,
    held_on: date,
    start: time,
    meeting_id: int | None = None,
) -> NumberOffer:
    """The number the dialog offers (:func:`gsmeet.services.numbering.proposal`)."""
    from gsmeet.services.numbering import Scope, proposal

    with store.session() as s:
        kind = s.get(SessionKind, kind_id)
        if kind is None:
            raise NoSuchRecord(what=Thing.SESSION_KIND, id=kind_id)
        if meeting_id is not None:
            current = s.get(Meeting, meeting_id)
            if (
                current is not None
                and current.series == kind.series
                and current.subcommittee_id == subcommittee_id
                and current.number is not None
            ):
                return NumberOffer(current.number, False)  # it keeps its number
        scope = Scope(committee_id, kind.series, subcommittee_id)
        number, confirm = proposal(s, scope, held_on, start, meeting_id)
        return NumberOffer(number, confirm)
