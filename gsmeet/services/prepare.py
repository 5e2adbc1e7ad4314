"""Preparing the next session from one that was held ("prepare next").

The new session gets the standing agenda — opening, review of open action items,
overview, one status briefing per strategy in register order, free discussion, closing —
with planned minutes learned from the source session's actual times, presenters as they
stand on the new date, and every member in office on that date invited.

Open action items are not copied into the agenda: the review item lists them when it is
shown or rendered (:func:`~gsmeet.services.meetings.open_actions_before`), so an action
item stays one row whose status the review updates.

Undo: :func:`unprepare` takes the :class:`PreparedMeeting` that :func:`prepare_next`
returned and removes what it added (the whole meeting, or, when an already planned
meeting was filled, its new agenda and invitations, and its changed fields).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gsmeet.domain.agenda_plan import PreparedMeeting
from gsmeet.domain.changes import AGENDA, RECORD, SESSIONS
from gsmeet.domain.dates import parse_date
from gsmeet.domain.enums import MeetingStatus, Thing
from gsmeet.domain.errors import InvalidInputError, LockedError, NoSuchRecord
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.labels import Lang
from gsmeet.domain.messages import Message
from gsmeet.domain.records import MeetingSummary
from gsmeet.services.changes import touches
from gsmeet.services.meetings import invitees_of, open_actions_of_earlier, resolve_meeting
from gsmeet.services.numbering import assign, scope_of
from gsmeet.services.record import HELD_STATES, QUALIFIED
from gsmeet.services.records import kind_info, session_ref, summary
from gsmeet.services.sessions import SubcommitteeNeeded
from gsmeet.services.standing import items_of, standing_agenda
from gsmeet.services.store import Database
from gsmeet.storage.models import AgendaItem, Attendance, Meeting, SessionKind


def source_meeting_id(store: Database, ref: str, committee_id: int | None = None) -> int:
    """The meeting ``ref`` names (number, date as people type it, or ``latest``)."""
    text = ref.strip()
    if text != "latest" and not text.isdigit() and not QUALIFIED.fullmatch(text):
        text = parse_date(text).isoformat()  # says why a typed date is no date
    with store.session() as session:
        return resolve_meeting(session, text, committee_id).id


class NotHeld(InvalidInputError):
    text = "{meeting} was not held (it is {status}); prepare from a held session"


class NotAfter(InvalidInputError):
    text = (
        "The next session must come after {meeting}, not on {held_on}; "
        "to enter an earlier session use 'gsmeet session new'"
    )


class AlreadyHeldThatDay(InvalidInputError):
    text = "{meeting} was already held on {held_on}"


class SessionBegun(LockedError):
    text = "{meeting} has begun; it stays as it is"


class PlannedThatDay(InvalidInputError):
    text = "{meeting} is planned on {held_on}; it keeps its number"


def _planned_that_day(session: Session, source: Meeting, held_on: date) -> Meeting | None:
    """The session of the source's body and series planned on ``held_on``, if any (a
    sub-committee may meet on the same day as another): it is filled, not doubled."""
    if source.status not in HELD_STATES:
        raise NotHeld(meeting=session_ref(source), status=source.status)
    if held_on <= source.held_on:
        raise NotAfter(meeting=session_ref(source), held_on=held_on)
    scope = scope_of(source)
    same_day = [
        other
        for other in session.scalars(
            select(Meeting)
            .where(
                Meeting.committee_id == source.committee_id,
                Meeting.held_on == held_on,
                Meeting.status != MeetingStatus.CANCELLED,
            )
            .order_by(Meeting.start_time, Meeting.id)
        )
        if scope_of(other) == scope
    ]
    for other in same_day:
        if other.status is not MeetingStatus.PLANNED:
            raise AlreadyHeldThatDay(meeting=session_ref(other), held_on=held_on)
    return same_day[0] if same_day else None


@touches(SESSIONS, AGENDA, RECORD)
def prepare_next(
    store: Database,
    *,
    from_meeting_id: int,
    held_on: date,
    start_time: time | None = None,
    place: str | None = None,
    number: int | None = None,
    kind_id: int | None = None,
    title: str | None = None,
    lang: Lang = "ko",
) -> PreparedMeeting:
    """The session after the held session ``from_meeting_id`` on ``held_on`` — the one
    of its kind already planned that day is filled — with the standing agenda and
    invitations. Scope, place, chair, secretary and times come from the source unless
    given; kind and title only when the secretary gives them (a planned session keeps
    its own). A planned session that has its agenda already keeps it: only missing
    invitations are added, and ``kept_items`` says so."""
    with store.session() as session:
        source = session.get(Meeting, from_meeting_id)
        if source is None:
            raise NoSuchRecord(what=Thing.MEETING, id=from_meeting_id)
        meeting = _planned_that_day(session, source, held_on)
        filled = summary(meeting) if meeting is not None else None
        kind = _kind(session, source, kind_id)
        if meeting is not None and number is not None and number != meeting.number:
            raise PlannedThatDay(meeting=session_ref(meeting), held_on=held_on)
        if meeting is None:
            meeting = Meeting(
                committee_id=source.committee_id,
                series=kind.series if kind_id is not None else source.series,
                kind=kind,
                subcommittee_id=source.subcommittee_id,
                held_on=held_on,
                start_time=source.start_time,
                end_time=source.end_time,
                place=source.place,
                chair_id=source.chair_id,
                secretary_id=source.secretary_id,
                disclosure=source.disclosure,
                status=MeetingStatus.PLANNED,
            )
            meeting.number = assign(
                session, scope_of(meeting), held_on=held_on, start=source.start_time,
                number=number, kind=kind_info(kind),
            )  # fmt: skip
            session.add(meeting)
        elif kind_id is not None and kind.id != meeting.kind_id:
            _change_kind(session, meeting, kind)
        if title is not None:
            meeting.title = " ".join(title.split())
        if start_time is not None:
            _move_start(meeting, held_on, start_time)
        if place is not None:
            meeting.place = place.strip()
        session.flush()
        kept = len(items_of(session, meeting.id))
        items = [] if kept else standing_agenda(session, meeting, source, lang)
        session.add_all(items)
        in_office = set(invitees_of(session, meeting))
        already = set(
            session.scalars(select(Attendance.person_id).where(Attendance.meeting_id == meeting.id))
        )
        invitations = [
            Attendance(meeting_id=meeting.id, person_id=person_id)
            for person_id in sorted(in_office - already)
        ]
        session.add_all(invitations)
        session.flush()
        return PreparedMeeting(
            meeting=summary(meeting),
            agenda_items=len(items),
            open_actions=len(open_actions_of_earlier(session, meeting)),
            invitees=len(invitations),
            filled=filled,
            agenda_item_ids=tuple(item.id for item in items),
            attendance_ids=tuple(row.id for row in invitations),
            kept_items=kept,
        )


def _kind(session: Session, source: Meeting, kind_id: int | None) -> SessionKind:
    if kind_id is None:
        return source.kind
    kind = session.get(SessionKind, kind_id)
    if kind is None or kind.committee_id != source.committee_id:
        raise NoSuchRecord(what=Thing.SESSION_KIND, id=kind_id)
    if kind.for_subcommittee and source.subcommittee_id is None:
        raise SubcommitteeNeeded(kind=kind_info(kind))
    return kind


def _change_kind(session: Session, meeting: Meeting, kind: SessionKind) -> None:
    """A planned session given another kind: a new number when its series changes."""
    meeting.kind = kind
    if kind.series != meeting.series:
        meeting.series = kind.series
        meeting.number = assign(
            session, scope_of(meeting), held_on=meeting.held_on, start=meeting.start_time,
            exclude_id=meeting.id, kind=kind_info(kind),
        )  # fmt: skip


def _move_start(meeting: Meeting, held_on: date, start_time: time) -> None:
    """A new start time, keeping the session's planned length."""
    if meeting.end_time is not None:
        length = datetime.combine(held_on, meeting.end_time) - datetime.combine(
            held_on, meeting.start_time
        )
        end = datetime.combine(held_on, start_time) + length
        meeting.end_time = end.time() if end.date() == held_on else time(23, 59)
    meeting.start_time = start_time


@touches(SESSIONS, AGENDA, RECORD)
def unprepare(store: Database, prepared: PreparedMeeting) -> MeetingSummary | None:
    """Undo :func:`prepare_next`: remove the meeting it created, or the agenda and
    invitations it added to a planned meeting (whose fields are put back). Returns the
    planned meeting as it is again, or None when the created one was removed."""
    with store.session() as session:
        meeting = session.get(Meeting, prepared.meeting.id)
        if meeting is None:
            raise NoSuchRecord(what=Thing.MEETING, id=prepared.meeting.id)
        if meeting.status is not MeetingStatus.PLANNED:
            raise SessionBegun(meeting=session_ref(meeting))
        session.execute(delete(AgendaItem).where(AgendaItem.id.in_(prepared.agenda_item_ids)))
        session.execute(delete(Attendance).where(Attendance.id.in_(prepared.attendance_ids)))
        before = prepared.filled
        if before is None:
            session.execute(delete(Meeting).where(Meeting.id == meeting.id))
            return None
        meeting.kind = session.get_one(SessionKind, before.kind.id)
        meeting.series, meeting.number = before.kind.series, before.number
        meeting.title, meeting.place = before.title, before.place
        meeting.start_time, meeting.end_time = before.start_time, before.end_time
        session.flush()
        return summary(meeting)


def next_session_date(store: Database, from_meeting_id: int) -> date | None:
    """The date of a meeting already planned after the source, if any (a default for
    the date field)."""
    with store.session() as session:
        source = session.get(Meeting, from_meeting_id)
        if source is None:
            raise NoSuchRecord(what=Thing.MEETING, id=from_meeting_id)
        return session.scalar(
            select(func.min(Meeting.held_on)).where(
                Meeting.committee_id == source.committee_id,
                Meeting.held_on > source.held_on,
                Meeting.status == MeetingStatus.PLANNED,
            )
        )


@dataclass(frozen=True, slots=True)
class PreparePreview:
    """What preparing from a held session on a date would do, before it does it: the
    planned session it would fill (None: a new one) and whether that has its agenda
    already; the committee's kinds; the warning of terms ending by then."""

    fills: MeetingSummary | None
    kept_items: int
    source: MeetingSummary
    kinds: tuple[KindInfo, ...]
    terms: Message | None


def preview_prepare(store: Database, from_meeting_id: int, held_on: date) -> PreparePreview:
    """The Ctrl+N dialog's look ahead; the same refusals as :func:`prepare_next`."""
    from gsmeet.services.kinds import kinds_of
    from gsmeet.services.register.terms import term_notice

    with store.session() as session:
        source = session.get(Meeting, from_meeting_id)
        if source is None:
            raise NoSuchRecord(what=Thing.MEETING, id=from_meeting_id)
        planned = _planned_that_day(session, source, held_on)
        return PreparePreview(
            fills=summary(planned) if planned is not None else None,
            kept_items=len(items_of(session, planned.id)) if planned is not None else 0,
            source=summary(source),
            kinds=tuple(kinds_of(session, source.committee_id)),
            terms=term_notice(session, source.committee_id, held_on),
        )
