"""The session itself: start, agenda navigation, what the live screen shows, end.

Starting, moving through the agenda and ending change only times and the session's
status: ``restore_times`` with the state shown before the step undoes any of them
(``reopen_session`` also undoes an end without it).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import CompoundSelect, Integer, Select, bindparam, select, union
from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD, SESSIONS
from gsmeet.domain.enums import MeetingStatus, Role, Thing
from gsmeet.domain.errors import InvalidInputError, LockedError, NoSuchRecord
from gsmeet.domain.live import ItemRecords, LiveState
from gsmeet.domain.outline import current, ended, in_order, switch
from gsmeet.domain.records import (
    ActionRecord,
    AttendanceRecord,
    DecisionRecord,
    MeetingSummary,
    PersonAtDate,
    RemarkRecord,
)
from gsmeet.services.changes import touches
from gsmeet.services.live.common import (
    attendance_values,
    get_meeting,
    naive,
    quorum_of,
)
from gsmeet.services.people import people_on
from gsmeet.services.records import (
    AttendanceValues,
    action_records,
    agenda_record,
    attendance_record,
    committee_info,
    decision_record,
    summary,
)
from gsmeet.services.store import Database
from gsmeet.storage.fulltext import tidy
from gsmeet.storage.models import ActionItem, AgendaItem, Committee, Decision, Meeting, Remark


class HeldAlready(LockedError):
    text = "Meeting no. {number} was held already; reopen it instead"


class OtherInProgress(LockedError):
    text = "Meeting no. {number} is still in progress; end it first"


class NotEnded(InvalidInputError):
    text = "Meeting no. {number} has not been ended"


class NotInProgress(InvalidInputError):
    text = "Meeting no. {number} is not in progress; start it first"


_ROLE_ORDER = {role: index for index, role in enumerate(Role)}

# ---------------------------------------------------------------- the session


@touches(SESSIONS, RECORD)
def start_session(
    store: Database, meeting_id: int, *, now: datetime, first_item_id: int | None = None
) -> LiveState:
    """Start (or resume) a planned meeting: it becomes in progress, its start time is
    recorded the first time, and when no item is current, ``first_item_id`` (else the
    first item not yet started) becomes current. A held meeting raises
    :class:`LockedError`; so does starting a second meeting of the committee while one
    is still in progress (its end comes first)."""
    now = naive(now)
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        if meeting.status is MeetingStatus.HELD:
            raise HeldAlready(number=meeting.number)
        other = session.scalars(
            select(Meeting).where(
                Meeting.committee_id == meeting.committee_id,
                Meeting.status == MeetingStatus.IN_PROGRESS,
                Meeting.id != meeting.id,
            )
        ).first()
        if other is not None:
            raise OtherInProgress(number=other.number)
        meeting.status = MeetingStatus.IN_PROGRESS
        if meeting.started_at is None:
            meeting.started_at = now
        items = _items(session, meeting.id)
        if current(items) is None:
            chosen = next((i for i in items if i.id == first_item_id), None)
            first = chosen or next((i for i in items if i.started_at is None), None)
            if first is not None:
                first.started_at, first.ended_at = first.started_at or now, None
        session.flush()
        return _state(session, meeting, items)


def live_state(store: Database, meeting_id: int) -> LiveState:
    """What the live screen shows of a meeting (see :class:`LiveState`); read after
    every switch, so it reads only the current item's notes, not the whole record."""
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=False)
        return _state(session, meeting, _items(session, meeting.id))


@touches(RECORD)
def go_to_item(store: Database, meeting_id: int, item_id: int, *, now: datetime) -> LiveState:
    """Make ``item_id`` the current item: the current one ends now; the target starts
    now unless it started before (a revisited item keeps its first start and runs
    again until the next move) - :func:`gsmeet.domain.outline.switch`, which the live
    screen also follows to show the move before this returns."""
    now = naive(now)
    with store.session() as session:
        meeting = _running(session, meeting_id)
        items = _items(session, meeting.id)
        target = next((i for i in items if i.id == item_id), None)
        if target is None:
            raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=item_id)
        changes = switch(items, target.id, now)
        for item in items:
            if item.id in changes:
                item.started_at, item.ended_at = changes[item.id]
        session.flush()
        return _state(session, meeting, items)


@touches(SESSIONS, RECORD)
def end_session(store: Database, meeting_id: int, *, now: datetime) -> MeetingSummary:
    """End the session: the current item and the meeting end now; it is held."""
    now = naive(now)
    with store.session() as session:
        meeting = _running(session, meeting_id)
        running = current(_items(session, meeting.id))
        if running is not None:
            running.ended_at = ended(running.started_at, now)
        meeting.ended_at = ended(meeting.started_at, now)
        meeting.status = MeetingStatus.HELD
        return summary(meeting)


@touches(SESSIONS, RECORD)
def reopen_session(store: Database, meeting_id: int) -> LiveState:
    """Undo :func:`end_session`: the meeting is in progress again and the item that
    ended with it is current again."""
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        if meeting.status is not MeetingStatus.HELD:
            raise NotEnded(number=meeting.number)
        items = _items(session, meeting.id)
        last = next((i for i in items if i.ended_at == meeting.ended_at), None)
        if last is not None:
            last.ended_at = None
        meeting.ended_at = None
        meeting.status = MeetingStatus.IN_PROGRESS
        session.flush()
        return _state(session, meeting, items)


@touches(SESSIONS, RECORD)
def restore_times(store: Database, before: LiveState) -> LiveState:
    """Undo a start, a move through the agenda or an end: the session's status and
    every item's start and end go back to what ``before`` (the state the screen showed
    before that step) holds. Nothing typed is touched."""
    with store.session() as session:
        meeting = get_meeting(session, before.meeting.id, editing=True)
        meeting.status = before.meeting.status
        meeting.started_at, meeting.ended_at = before.started_at, before.ended_at
        items = _items(session, meeting.id)
        times = {i.id: (i.started_at, i.ended_at) for i in before.agenda}
        for item in items:
            if item.id in times:
                item.started_at, item.ended_at = times[item.id]
        session.flush()
        return _state(session, meeting, items)


def idle_checkpoint(store: Database) -> None:
    """Copy the write-ahead log into the database file now, while nobody types.

    SQLite does it by itself once the log reaches 1,000 pages, inside whichever commit
    crosses the line: that save or switch then takes some 50-100 ms longer. Called by
    the live screen after a second or so without an edit, it keeps that from landing
    on a keystroke. PASSIVE: it never waits for, nor blocks, a reader or a writer.

    First the search index merges a little of what the saves added (a bounded amount:
    merging is kept out of the saves themselves, see :func:`gsmeet.storage.fulltext.tidy`).
    """
    with store.session() as session:
        tidy(session)
    store.checkpoint()


def _running(session: Session, meeting_id: int) -> Meeting:
    meeting = get_meeting(session, meeting_id, editing=True)
    if meeting.status is not MeetingStatus.IN_PROGRESS:
        raise NotInProgress(number=meeting.number)
    return meeting


def _items(session: Session, meeting_id: int) -> list[AgendaItem]:
    query = _queries()["items"]
    return in_order(session.scalars(query, {"meeting": meeting_id}))


@cache
def _queries() -> dict[str, Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]]]:
    """The reads of every switch, built once: building a statement costs about as
    much as running one of these small queries."""
    item = bindparam("item", type_=Integer)
    return {
        "items": select(AgendaItem).where(AgendaItem.meeting_id == bindparam("meeting")),
        "remarks": select(Remark.id, Remark.speaker_id, Remark.text, Remark.spoken_at)
        .where(Remark.agenda_item_id == item)
        .order_by(Remark.spoken_at, Remark.position, Remark.id),
        "decisions": select(Decision)
        .where(Decision.agenda_item_id == item)
        .order_by(Decision.position, Decision.id),
        "actions": select(ActionItem)
        .where(ActionItem.agenda_item_id == item)
        .order_by(ActionItem.id),
        "recorded": union(
            *(
                select(column)
                .join(AgendaItem, AgendaItem.id == column)
                .where(AgendaItem.meeting_id == bindparam("meeting"))
                for column in (
                    Remark.agenda_item_id,
                    Decision.agenda_item_id,
                    ActionItem.agenda_item_id,
                )
            )
        ),
    }


def _state(session: Session, meeting: Meeting, items: list[AgendaItem]) -> LiveState:
    # Plain column reads throughout: this runs after every switch of the current item.
    info = committee_info(session.get_one(Committee, meeting.committee_id))
    people = people_on(session, meeting.committee_id, meeting.held_on)
    rows = attendance_values(session, meeting.id)
    running = current(items)
    remarks: list[RemarkRecord] = []
    decisions: list[DecisionRecord] = []
    actions: list[ActionRecord] = []
    if running is not None:
        queries, where = _queries(), {"item": running.id}
        remarks = [
            RemarkRecord(rid, running.id, people.get(speaker) if speaker else None, text, at)
            for rid, speaker, text, at in session.execute(queries["remarks"], where)
        ]
        decisions = [decision_record(d) for d in session.scalars(queries["decisions"], where)]
        found = session.scalars(queries["actions"], where)
        actions = action_records(session, list(found))
    return LiveState(
        committee=info,
        meeting=summary(meeting),
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        agenda=tuple(agenda_record(item, people) for item in items),
        current_item_id=running.id if running is not None else None,
        attendance=_attendance(people, rows, meeting),
        quorum=quorum_of(info.quorum_rule, people, {p: r[0] for p, r in rows.items()}, meeting),
        remarks=tuple(remarks),
        decisions=tuple(decisions),
        actions=tuple(actions),
        recorded=frozenset(session.scalars(_queries()["recorded"], {"meeting": meeting.id})),
    )


def records_by_item(store: Database, meeting_id: int) -> dict[int, ItemRecords]:
    """What was recorded under each item of the meeting (items with nothing: absent),
    for the live screen to show an item's record the moment it becomes current."""
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=False)
        people = people_on(session, meeting.committee_id, meeting.held_on)
        where = {"meeting": meeting.id}
        queries = _by_item()
        remarks: dict[int, list[RemarkRecord]] = defaultdict(list)
        for rid, item, speaker, text, at in session.execute(queries["remarks"], where):
            remarks[item].append(
                RemarkRecord(rid, item, people.get(speaker) if speaker else None, text, at)
            )
        decisions: dict[int, list[DecisionRecord]] = defaultdict(list)
        for decision in session.scalars(queries["decisions"], where):
            decisions[decision.agenda_item_id].append(decision_record(decision))
        actions: dict[int, list[ActionRecord]] = defaultdict(list)
        for action in action_records(session, list(session.scalars(queries["actions"], where))):
            if action.agenda_item_id is not None:
                actions[action.agenda_item_id].append(action)
        return {
            item: ItemRecords(
                tuple(remarks.get(item, ())),
                tuple(decisions.get(item, ())),
                tuple(actions.get(item, ())),
            )
            for item in {*remarks, *decisions, *actions}
        }


@cache
def _by_item() -> dict[str, Select[*tuple[Any, ...]]]:
    def of_meeting(query: Select[*tuple[Any, ...]], item: Any) -> Select[*tuple[Any, ...]]:
        return query.join(AgendaItem, AgendaItem.id == item).where(
            AgendaItem.meeting_id == bindparam("meeting")
        )

    remark_columns = (Remark.id, Remark.agenda_item_id, Remark.speaker_id, Remark.text)
    return {
        "remarks": of_meeting(
            select(*remark_columns, Remark.spoken_at), Remark.agenda_item_id
        ).order_by(Remark.agenda_item_id, Remark.spoken_at, Remark.position, Remark.id),
        "decisions": of_meeting(select(Decision), Decision.agenda_item_id).order_by(
            Decision.agenda_item_id, Decision.position, Decision.id
        ),
        "actions": of_meeting(select(ActionItem), ActionItem.agenda_item_id).order_by(
            ActionItem.id
        ),
    }


def _attendance(
    people: dict[int, PersonAtDate], rows: dict[int, AttendanceValues], meeting: Meeting
) -> tuple[AttendanceRecord, ...]:
    """The roster on the day (by role, then name) — a sub-committee's session: its
    members — checked in or not, then anyone else invited or checked in."""
    body = meeting.subcommittee.name if meeting.subcommittee is not None else None
    roster = sorted(
        (
            p
            for p in people.values()
            if (p.role is not None and body in (None, p.subcommittee)) or p.id in rows
        ),
        key=lambda p: (p.role is None, _ROLE_ORDER[p.role] if p.role else 0, p.name),
    )
    return tuple(attendance_record(p, rows.get(p.id)) for p in roster)
