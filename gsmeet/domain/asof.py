"""The record as it stood at a session: the pure rules, on plain values, that both the
ORM's readers and the plain-SQL record reader (:mod:`gsmeet.services.record`) apply.

An action item as of a session is its value now with every later change undone
(:func:`action_states`); "later" is the order of sessions (by date, then start time,
then the order they were entered in); a change made outside any session counts from
the moment it was made, after the session's end. A task's status is replayed the same
way from its status changes (:func:`task_as_it_stood`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from gsmeet.domain.enums import ActionStatus, TaskStatus

Position = tuple[date, time, int]  # a session's place: date, start time, id

# An action item's change: its id, the item's, when, old status, old due date, and the
# place of the session it was made at (None: outside any).
ActionChange = tuple[int, int, datetime, ActionStatus, date | None, Position | None]

# A task's status change: the session it was made at, when, the status before, note.
TaskChange = tuple[int | None, datetime, TaskStatus, str]


def session_end(held_on: date, ended_at: datetime | None) -> datetime:
    """When a session ended: as recorded, else the end of its day."""
    return ended_at or datetime.combine(held_on, time.max)


def action_states(
    here: Position, end: datetime, changes: Iterable[ActionChange], *, own: bool = True
) -> dict[int, tuple[ActionStatus, date | None]]:
    """For each action item changed since the session at ``here`` (which ended at
    ``end``), its status and due date as they stood at it: after the changes made at
    it (``own``), or just before them."""
    found: dict[int, tuple[ActionStatus, date | None]] = {}
    # In the order they happened: a session's changes at its place among the sessions
    # (history entered afterwards is recorded later than it happened), others by time.
    for _, action_id, changed_at, old_status, old_due_on, at in sorted(changes, key=_when):
        if action_id in found:
            continue  # the earliest later change holds the value as it stood
        # (one made outside any session: after the session's end)
        later = changed_at > end if at is None else (at > here if own else at >= here)
        if later:
            found[action_id] = (old_status, old_due_on)
    return found


def _when(change: ActionChange) -> tuple[date, time, int, int]:
    change_id, _, changed_at, _, _, at = change
    if at is not None:
        return (*at, change_id)
    return (changed_at.date(), changed_at.time(), 0, change_id)


def task_as_it_stood(
    status: TaskStatus,
    history: Sequence[TaskChange],
    meeting_id: int,
    since: datetime,
    end: datetime,
) -> tuple[TaskStatus, TaskStatus | None, str]:
    """A task's status at the session ``meeting_id`` (ending ``end``) from its status
    now and its changes in order; the status before the changes made since ``since``
    (the previous session's end) or at the session, if any; and the last note typed
    with one of those."""

    def is_after(change: TaskChange) -> bool:
        if change[0] is not None and change[0] == meeting_id:
            return False
        return change[1] > end

    def is_recent(change: TaskChange) -> bool:
        return change[0] == meeting_id or since < change[1] <= end

    later = [c for c in history if is_after(c)]
    shown = later[0][2] if later else status
    recent = [c for c in history if is_recent(c) and not is_after(c)]
    before = recent[0][2] if recent else None
    note = next((c[3] for c in reversed(recent) if c[3].strip()), "")
    return shown, before, note
