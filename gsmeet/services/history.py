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
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.asof import Position, action_states, session_end
from gsmeet.domain.enums import ActionStatus
from gsmeet.domain.records import ActionRecord
from gsmeet.services.records import action_records
from gsmeet.storage.models import ActionChange, ActionItem, Meeting


def position(meeting: Meeting) -> Position:
    return (meeting.held_on, meeting.start_time, meeting.id)


def states_at(
    session: Session, meeting: Meeting, action_ids: Sequence[int], *, own: bool = True
) -> dict[int, tuple[ActionStatus, date | None]]:
    """For each action item changed since ``meeting``, its status and due date as they
    stood at it: after the changes made at it (``own``), or just before them
    (:func:`gsmeet.domain.asof.action_states`)."""
    if not action_ids:
        return {}
    # The session's columns, not the mapped Meeting: loading one joins its kind
    # (joined, inner), and that inner join would drop every change made outside a session.
    rows = session.execute(
        select(ActionChange, Meeting.held_on, Meeting.start_time, Meeting.id)
        .outerjoin(Meeting, Meeting.id == ActionChange.meeting_id)
        .where(ActionChange.action_item_id.in_(list(action_ids)))
    ).all()
    changes = [
        (
            c.id,
            c.action_item_id,
            c.changed_at,
            c.old_status,
            c.old_due_on,
            (held_on, start_time, at) if at is not None else None,
        )
        for c, held_on, start_time, at in rows
    ]
    end = session_end(meeting.held_on, meeting.ended_at)
    return action_states(position(meeting), end, changes, own=own)


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
