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

from collections import defaultdict
from datetime import date, datetime, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gsmeet.domain.agenda_plan import DEFAULT_MINUTES, PreparedMeeting
from gsmeet.domain.changes import AGENDA, RECORD, SESSIONS
from gsmeet.domain.dates import parse_date
from gsmeet.domain.enums import AgendaKind, MeetingStatus, Role, Thing
from gsmeet.domain.errors import InvalidInputError, LockedError, NoSuchRecord, NotFoundError
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingSummary
from gsmeet.services.changes import touches
from gsmeet.services.meetings import (
    HELD_STATES,
    invitees_of,
    open_actions_of_earlier,
    resolve_meeting,
)
from gsmeet.services.numbering import assign, scope_of
from gsmeet.services.people import memberships_on
from gsmeet.services.records import session_ref, summary
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Strategy,
    Track,
)

TITLES: dict[Lang, dict[AgendaKind, str]] = {
    "ko": {
        AgendaKind.OPENING: "개회",
        AgendaKind.ACTION_REVIEW: "이전 조치사항 점검",
        AgendaKind.OVERVIEW: "총괄개요",
        AgendaKind.BRIEFING: "{} 추진상황 보고",
        AgendaKind.DISCUSSION: "자율토론",
        AgendaKind.CLOSING: "폐회",
    },
    "en": {
        AgendaKind.OPENING: "Opening",
        AgendaKind.ACTION_REVIEW: "Review of previous actions",
        AgendaKind.OVERVIEW: "Overview",
        AgendaKind.BRIEFING: "{}: status briefing",
        AgendaKind.DISCUSSION: "Free discussion",
        AgendaKind.CLOSING: "Closing",
    },
}
HEAD = (AgendaKind.OPENING, AgendaKind.ACTION_REVIEW, AgendaKind.OVERVIEW)
TAIL = (AgendaKind.DISCUSSION, AgendaKind.CLOSING)


class MeetingGone(NotFoundError):
    text = "Meeting no. {number} is no longer there"


class MeetingBegun(LockedError):
    text = "Meeting no. {number} has begun; it stays as it is"


def source_meeting_id(store: Database, ref: str, committee_id: int | None = None) -> int:
    """The meeting ``ref`` names (number, date as people type it, or ``latest``)."""
    text = ref.strip()
    if text != "latest" and not text.isdigit():
        text = parse_date(text).isoformat()  # says why a typed date is no date
    with store.session() as session:
        return resolve_meeting(session, text, committee_id).id


def _actual_minutes(item: AgendaItem) -> int | None:
    if item.started_at is None or item.ended_at is None or item.ended_at < item.started_at:
        return None
    return max(1, int((item.ended_at - item.started_at).total_seconds() / 60 + 0.5))


def _learned(source_items: list[AgendaItem]) -> tuple[dict[object, int], int | None]:
    """Minutes the source session actually took: by kind (summed, for a session with
    two discussion items spent the time of both on discussion) and by briefed strategy;
    and the average briefing, for a strategy the source did not brief."""
    by_key: dict[object, int] = defaultdict(int)
    briefings = []
    for item in source_items:
        minutes = _actual_minutes(item)
        if minutes is None or item.parent_id is not None:
            continue
        if item.kind is AgendaKind.BRIEFING and item.strategy_id is not None:
            by_key[("strategy", item.strategy_id)] = minutes
            briefings.append(minutes)
        else:
            by_key[item.kind] += minutes
    average = round(sum(briefings) / len(briefings)) if briefings else None
    return dict(by_key), average


class NotHeld(InvalidInputError):
    text = "{meeting} was not held (it is {status}); prepare from a held session"


class NotAfter(InvalidInputError):
    text = (
        "The next session must come after {meeting}, not on {held_on}; "
        "to enter an earlier session use 'gsmeet session new'"
    )


class AlreadyHeldThatDay(InvalidInputError):
    text = "{meeting} was already held on {held_on}"


class AlreadyHasAgenda(InvalidInputError):
    text = "{meeting} already has an agenda; edit it in the agenda builder"


class PlannedThatDay(InvalidInputError):
    text = "{meeting} is planned on {held_on}; it keeps its number"


def _target(
    session: Session, source: Meeting, held_on: date, number: int | None
) -> tuple[Meeting | None, int | None]:
    """The planned meeting on ``held_on`` to fill (if any) and the number to use. Only
    a session of the source's scope (series and sub-committee) is filled: several
    sub-committees may meet on one day."""
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
    if same_day:
        planned = same_day[0]
        if session.scalar(select(AgendaItem.id).where(AgendaItem.meeting_id == planned.id)):
            raise AlreadyHasAgenda(meeting=session_ref(planned))
        if number is not None and number != planned.number:
            raise PlannedThatDay(meeting=session_ref(planned), held_on=held_on)
        return planned, planned.number
    start = source.start_time
    return None, assign(session, scope, held_on=held_on, start=start, number=number)


@touches(SESSIONS, AGENDA, RECORD)
def prepare_next(
    store: Database,
    *,
    from_meeting_id: int,
    held_on: date,
    start_time: time | None = None,
    place: str | None = None,
    number: int | None = None,
    lang: Lang = "ko",
) -> PreparedMeeting:
    """Create the session after the held session ``from_meeting_id`` on ``held_on`` (or
    fill the agenda of the session of its kind already planned that day) with the
    standing agenda and invitations. Kind, scope, place, chair, secretary and times come
    from the source unless given; the window's "new session" dialog gives kind and
    title (:mod:`gsmeet.services.sessions`)."""
    with store.session() as session:
        source = session.get(Meeting, from_meeting_id)
        if source is None:
            raise NoSuchRecord(what=Thing.MEETING, id=from_meeting_id)
        meeting, number = _target(session, source, held_on, number)
        filled = summary(meeting) if meeting is not None else None
        if meeting is None:
            meeting = Meeting(
                committee_id=source.committee_id,
                number=number,
                series=source.series,
                kind=source.kind,
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
            session.add(meeting)
        if start_time is not None:
            if meeting.end_time is not None:  # keep the session's planned length
                length = datetime.combine(held_on, meeting.end_time) - datetime.combine(
                    held_on, meeting.start_time
                )
                end = datetime.combine(held_on, start_time) + length
                meeting.end_time = end.time() if end.date() == held_on else time(23, 59)
            meeting.start_time = start_time
        if place is not None:
            meeting.place = place.strip()
        session.flush()
        items = _standing_agenda(session, source, meeting, lang)
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
        )


def _standing_agenda(
    session: Session, source: Meeting, meeting: Meeting, lang: Lang
) -> list[AgendaItem]:
    """Opening, review, overview, a briefing per strategy, discussion, closing."""
    source_items = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == source.id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )
    learned, average_briefing = _learned(source_items)
    memberships = memberships_on(session, meeting.committee_id, meeting.held_on)
    in_office = {m.person_id for m in memberships}
    chairs: dict[int | None, int] = {
        m.subcommittee_id: m.person_id
        for m in memberships
        if m.role is Role.SUBCOMMITTEE_CHAIR and m.subcommittee_id is not None
    }
    # The source's presenter of each standing item, if still in office; else the
    # secretary opens and reviews, and the chair closes.
    presenters: dict[AgendaKind, int | None] = {
        AgendaKind.OPENING: meeting.secretary_id,
        AgendaKind.ACTION_REVIEW: meeting.secretary_id,
        AgendaKind.CLOSING: meeting.chair_id,
    }
    for old in reversed(source_items):
        if old.parent_id is None and old.presenter_id in in_office:
            presenters[old.kind] = old.presenter_id
    titles = TITLES[lang]

    def item(
        kind: AgendaKind,
        minutes: int | None,
        title: str,
        presenter_id: int | None,
        strategy_id: int | None = None,
    ) -> AgendaItem:
        return AgendaItem(
            meeting_id=meeting.id,
            kind=kind,
            title=title,
            presenter_id=presenter_id,
            strategy_id=strategy_id,
            planned_minutes=minutes or DEFAULT_MINUTES[kind],
        )

    def standing(kind: AgendaKind) -> AgendaItem:
        return item(kind, learned.get(kind), titles[kind], presenters.get(kind))

    items = [standing(kind) for kind in HEAD]
    query = (
        select(Strategy.id, Strategy.name, Strategy.subcommittee_id)
        .join(Track, Track.id == Strategy.track_id)
        .where(Track.committee_id == meeting.committee_id)
        .order_by(Track.position, Strategy.position, Strategy.number)
    )
    if meeting.subcommittee_id is not None:  # a 분과회의 hears its own strategies
        query = query.where(Strategy.subcommittee_id == meeting.subcommittee_id)
    strategies = session.execute(query).all()
    for strategy_id, name, subcommittee_id in strategies:
        minutes = learned.get(("strategy", strategy_id)) or average_briefing
        items.append(
            item(
                AgendaKind.BRIEFING,
                minutes,
                titles[AgendaKind.BRIEFING].format(name),
                chairs.get(subcommittee_id),
                strategy_id,
            )
        )
    items += [standing(kind) for kind in TAIL]
    for position, row in enumerate(items, start=1):
        row.position = position
    return items


@touches(SESSIONS, AGENDA, RECORD)
def unprepare(store: Database, prepared: PreparedMeeting) -> MeetingSummary | None:
    """Undo :func:`prepare_next`: remove the meeting it created, or the agenda and
    invitations it added to a planned meeting (whose fields are put back). Returns the
    planned meeting as it is again, or None when the created one was removed."""
    with store.session() as session:
        meeting = session.get(Meeting, prepared.meeting.id)
        if meeting is None:
            raise MeetingGone(number=prepared.meeting.number)
        if meeting.status is not MeetingStatus.PLANNED:
            raise MeetingBegun(number=meeting.number)
        session.execute(delete(AgendaItem).where(AgendaItem.id.in_(prepared.agenda_item_ids)))
        session.execute(delete(Attendance).where(Attendance.id.in_(prepared.attendance_ids)))
        before = prepared.filled
        if before is None:
            session.execute(delete(Meeting).where(Meeting.id == meeting.id))
            return None
        meeting.place = before.place
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
