"""Action items as they stood at a session: each change of an item's status or due date
is recorded (:class:`~gsmeet.storage.models.ActionChange`, with the session it was made
at), and an item as of a session is its value now with every later change undone. So a
review at a later session never changes what an earlier session's documents say.

"Later" is the order of :func:`gsmeet.services.meetings.earlier_than`: by date, then
start time, then the order the sessions were entered in. A change made outside any
session counts from the moment it was made, after the session's end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.enums import ActionStatus
from gsmeet.domain.records import ActionRecord
from gsmeet.services.records import action_records
from gsmeet.storage.models import ActionChange, ActionItem, Meeting

Position = tuple[date, time, int]


def position(meeting: Meeting) -> Position:
    return (meeting.held_on, meeting.start_time, meeting.id)


def _end(meeting: Meeting) -> datetime:
    return meeting.ended_at or datetime.combine(meeting.held_on, time.max)


def states_at(
    session: Session, meeting: Meeting, action_ids: Sequence[int], *, own: bool = True
) -> dict[int, tuple[ActionStatus, date | None]]:
    """For each action item changed since ``meeting``, its status and due date as they
    stood at it: after the changes made at it (``own``), or just before them."""
    if not action_ids:
        return {}
    here = position(meeting)
    rows = session.execute(
        select(ActionChange, Meeting)
        .outerjoin(Meeting, Meeting.id == ActionChange.meeting_id)
        .where(ActionChange.action_item_id.in_(list(action_ids)))
    ).all()
    found: dict[int, tuple[ActionStatus, date | None]] = {}
    # In the order they happened: a session's changes at its place among the sessions
    # (history entered afterwards is recorded later than it happened), others by time.
    for change, at in sorted(rows, key=lambda row: _when(*row)):
        if change.action_item_id in found:
            continue  # the earliest later change holds the value as it stood
        if at is not None:
            later = position(at) > here if own else position(at) >= here
        else:
            later = change.changed_at > _end(meeting)
        if later:
            found[change.action_item_id] = (change.old_status, change.old_due_on)
    return found


def as_of(
    session: Session, meeting: Meeting, actions: Sequence[ActionItem], *, own: bool = True
) -> list[ActionRecord]:
    """Records of ``actions`` with their status and due date as they stood at
    ``meeting`` (see :func:`states_at`)."""
    records = action_records(session, actions, on=meeting.held_on)
    states = states_at(session, meeting, [a.id for a in actions], own=own)
    return [
        replace(r, status=states[r.id][0], due_on=states[r.id][1]) if r.id in states else r
        for r in records
    ]


def _when(change: ActionChange, at: Meeting | None) -> tuple[date, time, int, int]:
    if at is not None:
        return (*position(at), change.id)
    return (change.changed_at.date(), change.changed_at.time(), 0, change.id)


def record_change(
    session: Session,
    action: ActionItem,
    meeting_id: int | None,
    *,
    status: ActionStatus,
    due_on: date | None,
    note: str,
    at: datetime,
) -> ActionChange:
    """Set ``action``'s status and due date, recording the change (made at session
    ``meeting_id``, or outside any when None)."""
    change = ActionChange(
        action_item_id=action.id,
        meeting_id=meeting_id,
        changed_at=at,
        old_status=action.status,
        new_status=status,
        old_due_on=action.due_on,
        new_due_on=due_on,
        note=note,
    )
    action.status, action.due_on = status, due_on
    session.add(change)
    return change


def change_at(session: Session, meeting_id: int, action_id: int) -> ActionChange | None:
    """The change a session's review made to an action item, if any."""
    return session.scalars(
        select(ActionChange)
        .where(ActionChange.meeting_id == meeting_id, ActionChange.action_item_id == action_id)
        .order_by(ActionChange.id.desc())
    ).first()
