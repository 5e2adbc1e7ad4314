"""Sessions in the ORM's queries: which come before a session, the previous one held,
the action items a session reviews, the body that meets. The meeting record and
finding a session by reference are :mod:`gsmeet.services.record`'s (plain SQL)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.enums import ActionStatus, MeetingStatus, Thing
from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.records import ActionRecord
from gsmeet.services.history import as_of, position, states_at
from gsmeet.services.people import memberships_on
from gsmeet.services.record import previous_of, resolve
from gsmeet.services.store import Database
from gsmeet.storage.listing import read_meetings
from gsmeet.storage.models import ActionChange, ActionItem, Meeting, Membership, Strategy, Track

OPEN_STATES = tuple(s for s in ActionStatus if s.is_open)


def earlier_than(meeting: Meeting) -> ColumnElement[bool]:
    """The committee's sessions before ``meeting``, cancelled ones left out: by date,
    then start time, then the order they were entered in (the order of the carry-over
    and of the reviews)."""
    return and_(
        Meeting.committee_id == meeting.committee_id,
        Meeting.status != MeetingStatus.CANCELLED,
        Meeting.id != meeting.id,
        or_(
            Meeting.held_on < meeting.held_on,
            and_(
                Meeting.held_on == meeting.held_on,
                or_(
                    Meeting.start_time < meeting.start_time,
                    and_(Meeting.start_time == meeting.start_time, Meeting.id < meeting.id),
                ),
            ),
        ),
    )


def same_scope(meeting: Meeting) -> ColumnElement[bool]:
    """Sessions of the same body: the whole committee's, or one sub-committee's."""
    if meeting.subcommittee_id is None:
        return Meeting.subcommittee_id.is_(None)
    return Meeting.subcommittee_id == meeting.subcommittee_id


def previous_held(session: Session, meeting: Meeting) -> Meeting | None:
    """직전 회의 (:func:`gsmeet.services.record.previous_of`) in ``session``."""
    session.flush()  # (as a query would: the session's own changes count)
    sessions = read_meetings(session.connection(), meeting.committee_id)
    found = previous_of(sessions, position(meeting), meeting.subcommittee_id)
    return None if found is None else session.get_one(Meeting, found.id)


def reviewed_at(meeting: Meeting) -> ColumnElement[bool]:
    """The action items a session reviews (joined with the session that decided them):
    those of earlier sessions (:func:`earlier_than`) of the same body; a sub-committee
    also reviews the actions given to it elsewhere."""
    scope = same_scope(meeting)
    if meeting.subcommittee_id is not None:
        scope = or_(scope, ActionItem.owner_subcommittee_id == meeting.subcommittee_id)
    return and_(earlier_than(meeting), scope)


def open_actions_of_earlier(session: Session, meeting: Meeting) -> list[ActionItem]:
    """The action items ``meeting`` reviews (:func:`reviewed_at`) that were open as it
    began (a later session's review does not change that)."""
    changed = exists().where(ActionChange.action_item_id == ActionItem.id)
    candidates = list(
        session.scalars(
            select(ActionItem)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(reviewed_at(meeting), ActionItem.status.in_(OPEN_STATES) | changed)
            .order_by(Meeting.held_on, Meeting.start_time, Meeting.id, ActionItem.id)
        )
    )
    then = states_at(session, meeting, [a.id for a in candidates], own=False)
    return [a for a in candidates if then.get(a.id, (a.status, None))[0].is_open]


def standing_on(day: date) -> ColumnElement[bool]:
    """Tracks and strategies not yet retired on ``day`` (the query joins both)."""
    return and_(
        or_(Track.retired_on.is_(None), Track.retired_on > day),
        or_(Strategy.retired_on.is_(None), Strategy.retired_on > day),
    )


def body_of(session: Session, meeting: Meeting) -> list[Membership]:
    """The memberships in force on the session's date of the body that meets: the
    whole committee, or one sub-committee's members."""
    memberships = memberships_on(session, meeting.committee_id, meeting.held_on)
    if meeting.subcommittee_id is None:
        return memberships
    return [m for m in memberships if m.subcommittee_id == meeting.subcommittee_id]


def invitees_of(session: Session, meeting: Meeting) -> list[int]:
    """Who is invited by default: everyone in office on the day (a sub-committee's
    session: its members, and the session's secretary)."""
    people = [m.person_id for m in body_of(session, meeting)]
    if meeting.subcommittee_id is not None and meeting.secretary_id is not None:
        people.append(meeting.secretary_id)
    return sorted(set(people))


def open_actions_before(store: Database, meeting_id: int) -> list[ActionRecord]:
    """Action items decided at the committee's earlier meetings and still open, oldest
    first: what the session's review goes through, and its agenda and packets list."""
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
        return as_of(session, meeting, open_actions_of_earlier(session, meeting), own=False)


def resolve_meeting(session: Session, ref: str, committee_id: int | None = None) -> Meeting:
    """The meeting ``ref`` names, in ``session`` (:func:`gsmeet.services.record.resolve`)."""
    return session.get_one(Meeting, resolve(session.connection(), ref, committee_id).id)


def count_rows(store: Database) -> dict[str, int]:
    """How many rows each table holds (for ``gsmeet check`` and the status bar)."""
    from gsmeet.storage.models import Base

    with store.session() as session:
        return {
            table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
