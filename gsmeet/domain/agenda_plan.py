"""Planning a session's agenda: its records, and the forecast of when each item starts
and when the session ends.

The rule for nested items: a parent's own planned minutes are its introduction, taken
before its first child, so a parent spans its own minutes plus all its children's. A
parent with 0 own minutes (the usual "보고안건" heading) thus lasts exactly as long as
its children, and no child's minutes are ever hidden inside a parent's estimate — the
forecast end only grows when the secretary adds time somewhere.

Once the session runs, actual times replace the plan: an item that started starts when
it did, one that ended ends when it did, and the forecast of what follows moves with
them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from gsmeet.domain.edits import Seen
from gsmeet.domain.enums import AgendaKind, Thing
from gsmeet.domain.outline import outline
from gsmeet.domain.records import AgendaItemRecord, MeetingSummary

# Planned minutes of a new item when nothing better is known (prepare learns better ones
# from the previous session's actual times).
DEFAULT_MINUTES: Mapping[AgendaKind, int] = {
    AgendaKind.OPENING: 5,
    AgendaKind.ACTION_REVIEW: 10,
    AgendaKind.OVERVIEW: 10,
    AgendaKind.BRIEFING: 7,
    AgendaKind.DISCUSSION: 30,
    AgendaKind.DECISION: 10,
    AgendaKind.CLOSING: 5,
    AgendaKind.OTHER: 10,
}
MAX_MINUTES = 600  # one item longer than ten hours is a typing mistake


@dataclass(frozen=True, slots=True)
class PlanItem:
    """An agenda item as the forecast sees it (siblings are taken by position, then id)."""

    id: int
    parent_id: int | None
    minutes: int
    started_at: datetime | None = None
    ended_at: datetime | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class Slot:
    id: int
    depth: int
    number: str  # "2", "2.1"
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Forecast:
    slots: tuple[Slot, ...]  # outline order: each item, then its children
    start: datetime
    end: datetime

    def runs_over(self, planned_end: datetime | None) -> bool:
        return planned_end is not None and self.end > planned_end

    def overrun_minutes(self, planned_end: datetime | None) -> int:
        """Whole minutes past ``planned_end`` (rounded up: 30 seconds over is over)."""
        if planned_end is None or self.end <= planned_end:
            return 0
        return -(-int((self.end - planned_end).total_seconds()) // 60)


def forecast(
    start: datetime, items: Sequence[PlanItem], *, now: datetime | None = None
) -> Forecast:
    """Each item's forecast start and end, in outline order (:mod:`.outline`), from
    ``start`` (the planned start, or the actual one once the session began). With
    ``now``, an item that is running is forecast to end no earlier than ``now``."""
    slots: list[Slot] = []
    running: list[tuple[int, PlanItem]] = []  # (slot, item) whose children come next
    cursor = start

    def close(depth: int) -> None:
        # Items at ``depth`` or deeper are done: each ends when it did, else with its
        # last child (or its own minutes, without children).
        nonlocal cursor
        while running and slots[running[-1][0]].depth >= depth:
            index, item = running.pop()
            cursor = item.ended_at or cursor
            slots[index] = replace(slots[index], end=cursor)

    for entry in outline(items):
        close(entry.depth)
        item = entry.item
        item_start = item.started_at or cursor
        own_end = item_start + timedelta(minutes=max(item.minutes, 0))
        if now is not None and item.started_at is not None and item.ended_at is None:
            own_end = max(own_end, now)
        running.append((len(slots), item))
        slots.append(Slot(item.id, entry.depth, entry.number, item_start, own_end))
        cursor = own_end
    close(0)
    return Forecast(slots=tuple(slots), start=start, end=cursor)


def reorder(ids: Sequence[int], moving: int, new_index: int) -> list[int]:
    """``ids`` with ``moving`` taken out and put at ``new_index`` (clamped to the
    list); ``moving`` is inserted if it was not among ``ids``."""
    rest = [i for i in ids if i != moving]
    index = min(max(new_index, 0), len(rest))
    return [*rest[:index], moving, *rest[index:]]


@dataclass(frozen=True, slots=True)
class AgendaItemFields:
    """The editable fields of an agenda item; ``update_item`` returns the previous ones."""

    kind: AgendaKind
    title: str
    presenter_id: int | None
    strategy_id: int | None
    planned_minutes: int


@dataclass(frozen=True, slots=True)
class PlannedItem:
    item: AgendaItemRecord
    depth: int  # 0 for a top-level item
    number: str  # outline number: "3", "3.1"
    forecast_start: datetime
    forecast_end: datetime


@dataclass(frozen=True, slots=True)
class AgendaPlan:
    meeting: MeetingSummary
    items: tuple[PlannedItem, ...]  # outline order: each item followed by its children
    start: datetime
    forecast_end: datetime
    planned_end: datetime | None
    overrun_minutes: int  # how far the forecast runs past the planned end (0: it fits)
    locked: bool  # minutes issued: no more edits

    @property
    def seen(self) -> Seen:
        """Its items as read (an edit made on what a screen showed of it is refused
        where an item changed since)."""
        return Seen.of(Thing.AGENDA_ITEM, ((p.item.id, p.item.version) for p in self.items))

    @property
    def runs_over(self) -> bool:
        return self.overrun_minutes > 0


@dataclass(frozen=True, slots=True)
class PreparedMeeting:
    """A session prepared from an earlier one. ``filled`` is the planned meeting that
    was there before (None when a new meeting was created); undo uses the ids."""

    meeting: MeetingSummary
    agenda_items: int
    open_actions: int
    invitees: int
    filled: MeetingSummary | None
    agenda_item_ids: tuple[int, ...]
    attendance_ids: tuple[int, ...]
    kept_items: int = 0  # the planned session had its agenda already: kept, not doubled
