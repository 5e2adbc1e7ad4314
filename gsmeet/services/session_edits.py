"""A session changed after it was set up: every field until its minutes are issued,
postponed (its earlier dates kept), cancelled (kept in the list with its reason, its
number given up), deleted while nothing is recorded. Each returns what undoes it."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import AGENDA, RECORD, SESSIONS
from gsmeet.domain.edits import Keep, Undo, ensure_editable
from gsmeet.domain.enums import AttendanceStatus, MeetingStatus, Recorded, Thing
from gsmeet.domain.errors import InvalidInputError, LockedError, NoSuchRecord
from gsmeet.domain.messages import Message
from gsmeet.domain.setup import SessionEdit, SessionUpdate
from gsmeet.services.changes import touches
from gsmeet.services.meetings import invitees_of
from gsmeet.services.numbering import assign, first_free, holder, scope_of
from gsmeet.services.offline.here import ensure_here
from gsmeet.services.record import HELD_STATES
from gsmeet.services.records import kind_info, session_ref, summary
from gsmeet.services.sessions import (
    check_headcount,
    check_scope,
    check_times,
    guest_rows,
    owned,
)
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, RowSnapshot, ref, roll_back, snapshot
from gsmeet.storage.models import (
    Achievement,
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
    Base,
    Decision,
    Guest,
    Meeting,
    MinutesVersion,
    Person,
    Postponement,
    Remark,
    SessionKind,
    Subcommittee,
    TaskStatusChange,
)


class SessionCancelled(LockedError):
    text = "{meeting} was cancelled; it stays as it was"


class HeldCannotMove(LockedError):
    text = "{meeting} has begun ({status}); only a session not yet held is postponed"


class HeldCannotBeCancelled(LockedError):
    text = "{meeting} has begun ({status}); only a session not yet held is cancelled"


class NotMoved(InvalidInputError):
    text = "{meeting} is already planned on {held_on} at {start}"


class HasRecords(LockedError):
    text = "{meeting} has {what} recorded; it cannot be deleted (cancel it instead)"


class NothingToChange(InvalidInputError):
    text = "Nothing to change: give at least one field"


class NumberRequired(InvalidInputError):
    text = "A {kind} has a number: give one ({free} is free)"


def _meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
    return meeting


def _editable(s: Session, meeting_id: int) -> Meeting:
    meeting = _meeting(s, meeting_id)
    ensure_editable(meeting)
    ensure_here(s, meeting_id)
    if meeting.status is MeetingStatus.CANCELLED:
        raise SessionCancelled(meeting=session_ref(meeting))
    return meeting


def _planned(s: Session, meeting_id: int, refusal: type[LockedError]) -> Meeting:
    meeting = _editable(s, meeting_id)
    if meeting.status is not MeetingStatus.PLANNED:
        raise refusal(meeting=session_ref(meeting), status=meeting.status)
    return meeting


def _set(value: object) -> bool:
    return not isinstance(value, Keep)


@touches(SESSIONS, AGENDA, RECORD)
def edit_session(store: Database, meeting_id: int, edit: SessionEdit) -> SessionUpdate:
    """Change any field of a session whose minutes are not issued. A new kind or
    sub-committee moves the session to that series: it takes the next number there
    unless ``edit.number`` gives one; a planned session's invitations follow a new
    sub-committee while nobody has checked in."""
    with store.session() as s:
        meeting = _editable(s, meeting_id)
        previous = summary(meeting)
        before: list[RowSnapshot] = [snapshot(meeting)]
        created: list[Base] = []
        cid = meeting.committee_id
        start = meeting.start_time if isinstance(edit.start_time, Keep) else edit.start_time
        end = meeting.end_time if isinstance(edit.end_time, Keep) else edit.end_time
        check_times(start, end)
        if not isinstance(edit.headcount, Keep):
            check_headcount(edit.headcount)
        if not isinstance(edit.kind_id, Keep):
            owned(s, cid, SessionKind, edit.kind_id, Thing.SESSION_KIND)
        if not isinstance(edit.subcommittee_id, Keep):
            owned(s, cid, Subcommittee, edit.subcommittee_id, Thing.SUBCOMMITTEE)
        for person in (edit.chair_id, edit.secretary_id):
            if not isinstance(person, Keep):
                owned(s, cid, Person, person, Thing.PERSON)
        scope_before = scope_of(meeting)
        if not isinstance(edit.kind_id, Keep):
            meeting.kind = s.get_one(SessionKind, edit.kind_id)
            meeting.series = meeting.kind.series
        if not isinstance(edit.subcommittee_id, Keep):
            sub = edit.subcommittee_id
            meeting.subcommittee = s.get(Subcommittee, sub) if sub is not None else None
        s.flush()  # the ids of the kind and sub-committee set through their relationships
        check_scope(s, meeting.kind, meeting.subcommittee_id)
        if not isinstance(edit.title, Keep):
            meeting.title = " ".join(edit.title.split())
        if not isinstance(edit.place, Keep):
            meeting.place = " ".join(edit.place.split())
        if not isinstance(edit.held_on, Keep):
            meeting.held_on = edit.held_on
        meeting.start_time, meeting.end_time = start, end
        if not isinstance(edit.chair_id, Keep):
            meeting.chair_id = edit.chair_id
        if not isinstance(edit.secretary_id, Keep):
            meeting.secretary_id = edit.secretary_id
        if not isinstance(edit.disclosure, Keep):
            meeting.disclosure = edit.disclosure
        if not isinstance(edit.headcount, Keep):
            meeting.headcount = edit.headcount
        moved = scope_of(meeting) != scope_before
        if moved or _set(edit.number):
            _renumber(s, meeting, edit.number)
        if moved and meeting.status is MeetingStatus.PLANNED:
            _reinvite(s, meeting, before, created)
        if not isinstance(edit.guests, Keep):
            old = list(s.scalars(select(Guest).where(Guest.meeting_id == meeting.id)))
            before += [snapshot(g) for g in old]
            for guest in old:
                s.delete(guest)
            s.flush()
            rows = guest_rows(meeting.id, edit.guests)
            s.add_all(rows)
            created += rows
        s.flush()
        return SessionUpdate(
            meeting=summary(meeting),
            previous=previous,
            undo=Journal(created=tuple(ref(r) for r in created), before=tuple(before)),
        )


def _renumber(s: Session, meeting: Meeting, number: int | Keep | None) -> None:
    """The number in the session's (new) series: the one given, else the next."""
    kind = kind_info(meeting.kind)
    scope = scope_of(meeting)
    if number is None and kind.numbered:
        raise NumberRequired(kind=kind, free=first_free(s, scope, meeting.id))
    given = None if isinstance(number, Keep) else number
    meeting.number = assign(
        s,
        scope,
        held_on=meeting.held_on,
        start=meeting.start_time,
        number=given,
        exclude_id=meeting.id,
        kind=kind,
    )


def _reinvite(s: Session, meeting: Meeting, before: list[RowSnapshot], created: list[Base]) -> None:
    rows = list(s.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id)))
    if any(row.status is not AttendanceStatus.INVITED for row in rows):
        return  # someone checked in: the list is the secretary's now
    before += [snapshot(row) for row in rows]
    for row in rows:
        s.delete(row)
    s.flush()
    fresh = [Attendance(meeting_id=meeting.id, person_id=pid) for pid in invitees_of(s, meeting)]
    s.add_all(fresh)
    s.flush()
    created += fresh


@touches(SESSIONS)
def postpone_session(
    store: Database, meeting_id: int, held_on: date, start_time: time | None = None
) -> SessionUpdate:
    """연기: a session not yet held moves to another day (and time); where it was
    planned before is kept, and the list shows it. Its number stays."""
    with store.session() as s:
        meeting = _planned(s, meeting_id, HeldCannotMove)
        start = start_time or meeting.start_time
        if (held_on, start) == (meeting.held_on, meeting.start_time):
            raise NotMoved(meeting=session_ref(meeting), held_on=held_on, start=start)
        before = (snapshot(meeting),)
        previous = summary(meeting)
        moved = Postponement(
            meeting_id=meeting.id,
            from_date=meeting.held_on,
            from_time=meeting.start_time,
            to_date=held_on,
            to_time=start,
            recorded_at=datetime.now().replace(microsecond=0),
        )
        if start_time is not None and meeting.end_time is not None:
            length = datetime.combine(date.min, meeting.end_time) - datetime.combine(
                date.min, meeting.start_time
            )
            end = datetime.combine(date.min, start) + length
            meeting.end_time = end.time() if end.date() == date.min else time(23, 59)
        meeting.held_on, meeting.start_time = held_on, start
        s.add(moved)
        s.flush()
        first = s.scalar(
            select(func.min(Postponement.from_date)).where(Postponement.meeting_id == meeting.id)
        )
        return SessionUpdate(summary(meeting, first), previous, Journal((ref(moved),), before))


@touches(SESSIONS, AGENDA)
def cancel_session(store: Database, meeting_id: int, reason: str = "") -> SessionUpdate:
    """취소: a session not yet held is cancelled. It stays in the list with its
    reason; it gives up its number, is never "the previous session" and carries
    nothing over. Its agenda and invitations are kept (undo brings it back)."""
    with store.session() as s:
        meeting = _planned(s, meeting_id, HeldCannotBeCancelled)
        before = (snapshot(meeting),)
        previous = summary(meeting)
        meeting.status = MeetingStatus.CANCELLED
        meeting.number = None
        meeting.cancel_reason = " ".join(reason.split())
        s.flush()
        return SessionUpdate(summary(meeting), previous, Journal(before=before))


@touches(SESSIONS, AGENDA, RECORD)
def delete_session(store: Database, meeting_id: int) -> SessionUpdate:
    """A session with nothing recorded goes, with its agenda, invitations, guests
    and postponements (undo puts all of it back, ids and all)."""
    with store.session() as s:
        meeting = _meeting(s, meeting_id)
        ensure_editable(meeting)
        ensure_here(s, meeting_id)
        what = _recorded(s, meeting)
        if what is not None:
            raise HasRecords(meeting=session_ref(meeting), what=what)
        previous = summary(meeting)
        rows: list[RowSnapshot] = [snapshot(meeting)]
        items = {
            item.id: item
            for item in s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id))
        }
        done: set[int] = set()
        while len(done) < len(items):  # parents before children
            ready = [
                i
                for i in items.values()
                if i.id not in done and (i.parent_id is None or i.parent_id in done)
            ] or [i for i in items.values() if i.id not in done]
            rows += [snapshot(i) for i in ready]
            done |= {i.id for i in ready}
        for model in (Attendance, Guest, Postponement):
            rows += [
                snapshot(r) for r in s.scalars(select(model).where(model.meeting_id == meeting.id))
            ]
        s.delete(meeting)
        s.flush()
        return SessionUpdate(previous, previous, Journal(before=tuple(rows)))


def _recorded(s: Session, meeting: Meeting) -> Recorded | None:
    """What is recorded at the session, if anything."""
    if meeting.started_at is not None or meeting.status in HELD_STATES:
        return Recorded.START
    items = select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id)
    at = meeting.id
    checks: tuple[tuple[Recorded, Select[int]], ...] = (
        (Recorded.REMARKS, select(Remark.id).where(Remark.agenda_item_id.in_(items))),
        (Recorded.DECISIONS, select(Decision.id).where(Decision.agenda_item_id.in_(items))),
        (Recorded.ACTIONS, select(ActionItem.id).where(ActionItem.meeting_id == at)),
        (Recorded.REVIEWS, select(ActionReview.id).where(ActionReview.meeting_id == at)),
        (Recorded.MINUTES, select(MinutesVersion.id).where(MinutesVersion.meeting_id == at)),
        (Recorded.ACHIEVEMENTS, select(Achievement.id).where(Achievement.meeting_id == at)),
        (
            Recorded.TASK_CHANGES,
            select(TaskStatusChange.id).where(TaskStatusChange.meeting_id == at),
        ),
        (
            Recorded.ATTENDANCE,
            select(Attendance.id).where(
                Attendance.meeting_id == at, Attendance.status != AttendanceStatus.INVITED
            ),
        ),
    )
    for what, query in checks:
        if s.scalar(query.limit(1)) is not None:
            return what
    return None


class NumberMovedOnUndo(Message):
    """A notice: a session brought back by undo found its number taken meanwhile."""

    text = "{meeting} is back; its number {old} was taken meanwhile, so it is No. {new}"


@touches(SESSIONS, AGENDA, RECORD)
def undo_session_change(store: Database, undo: Undo, meeting_id: int) -> list[Message]:
    """Undo a new session, an edit, a postponement, a cancellation or a deletion of the
    session ``meeting_id``. A session brought back whose number another session took
    meanwhile gets the next free one (numbers never clash), and a notice says so."""
    with store.session() as s:
        roll_back(s, undo)
        s.flush()
        meeting = s.get(Meeting, meeting_id)
        if meeting is None or meeting.number is None:
            return []
        scope = scope_of(meeting)
        if holder(s, scope, meeting.number, exclude_id=meeting.id) is None:
            return []
        old = meeting.number
        meeting.number = first_free(s, scope, meeting.id)
        s.flush()
        return [NumberMovedOnUndo(meeting=session_ref(meeting), old=old, new=meeting.number)]
