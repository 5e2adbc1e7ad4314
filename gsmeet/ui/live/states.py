"""The state on screen between two reads from the worker: pure functions from the last
committed :class:`LiveState` to the one shown next.

A move to another item is shown the moment it is asked for (:func:`provisional`): the
new item's title and timer come from the agenda already known, with the times the
worker will record; its remarks and outcomes follow when the worker has read them. A
saved entry or a check-in is folded into the state the worker last sent, instead of
reading it all again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.live import AttendanceChange, ItemRecords
from gsmeet.domain.outline import switch
from gsmeet.domain.records import AttendanceRecord

if TYPE_CHECKING:
    from gsmeet.domain.entry import EntryResult
    from gsmeet.domain.live import LiveState


class Switch(NamedTuple):
    before: LiveState  # what restore_times puts back
    shown: LiveState


def records_of(state: LiveState) -> ItemRecords:
    """What ``state`` shows recorded under its current item."""
    return ItemRecords(state.remarks, state.decisions, state.actions)


def provisional(
    state: LiveState, item_id: int, since: datetime, records: ItemRecords | None = None
) -> LiveState:
    """``state`` as it will be once the worker made ``item_id`` current at ``since``
    (by the rule :func:`gsmeet.services.live.session.go_to_item` records it with,
    :func:`gsmeet.domain.outline.switch`), with the item's ``records`` as the screen
    last knew them (none: not read yet)."""
    if state.current_item_id == item_id:
        return state
    changes = switch(state.agenda, item_id, since)
    return dataclasses.replace(
        state,
        agenda=tuple(
            dataclasses.replace(item, started_at=changes[item.id][0], ended_at=changes[item.id][1])
            if item.id in changes
            else item
            for item in state.agenda
        ),
        current_item_id=item_id,
        remarks=records.remarks if records is not None else (),
        decisions=records.decisions if records is not None else (),
        actions=records.actions if records is not None else (),
    )


def with_entry(state: LiveState, result: EntryResult) -> LiveState | None:
    """``state`` with a saved entry added; None when it was saved under an item that
    is no longer the current one."""
    record = result.remark or result.decision or result.action
    if getattr(record, "agenda_item_id", None) != state.current_item_id:
        return None
    if result.remark is not None:
        return dataclasses.replace(state, remarks=(*state.remarks, result.remark))
    if result.decision is not None:
        return dataclasses.replace(state, decisions=(*state.decisions, result.decision))
    if result.action is not None:
        return dataclasses.replace(state, actions=(*state.actions, result.action))
    return None


def with_check_in(state: LiveState, change: AttendanceChange) -> LiveState:
    rows = tuple(
        change.current if row.person.id == change.current.person.id else row
        for row in state.attendance
    )
    return dataclasses.replace(state, attendance=rows, quorum=change.quorum)


def provisional_check_in(
    state: LiveState, person_id: int, status: AttendanceStatus, reason: str, proxy: str
) -> Callable[[datetime], AttendanceChange]:
    """A check-in the server has not taken yet (kept on this computer): the row as it
    will be, given the time; the quorum as the server last counted it."""
    row = next(r for r in state.attendance if r.person.id == person_id)
    there = status in (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)

    def at(now: datetime) -> AttendanceChange:
        arrived = (row.arrived_at or now) if there else None
        current = AttendanceRecord(row.person, status, arrived, reason, proxy)
        return AttendanceChange(state.meeting.id, row, current, state.quorum)

    return at
