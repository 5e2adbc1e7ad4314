"""The agenda builder: a meeting's items, their forecast, and every edit with its undo.

Each edit is one transaction and returns what undoes it:

- ``add_item`` returns the new item's record; ``delete_item`` on its id undoes it, and
  ``restore_item`` on that removal redoes it with the same id.
- ``update_item`` and ``set_item_fields`` return the fields as they were; passing them to
  ``set_item_fields`` undoes the edit (and returns what redoes it).
- ``delete_item`` returns a :class:`Removal` holding the item, its sub-items, their
  remarks and decisions, and the action items that pointed at them; ``restore_item``
  puts all of it back with the same ids, at the same place among its siblings.
- ``move_item``, ``indent_item`` and ``outdent_item`` return a :class:`Move`; moving the
  item to ``old_parent_id`` at ``old_index`` undoes it.

Items of a meeting whose minutes were issued cannot change: edits raise
:class:`LockedError`. Sibling positions are kept as 1..n after every edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gsmeet.domain.agenda_plan import (
    DEFAULT_MINUTES,
    MAX_MINUTES,
    AgendaItemFields,
    AgendaPlan,
    PlanItem,
    PlannedItem,
    forecast,
    reorder,
)
from gsmeet.domain.changes import AGENDA
from gsmeet.domain.edits import KEEP, Keep, Move, NotThatRemoval, Removal, ensure_editable
from gsmeet.domain.enums import AgendaKind, MeetingStatus, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.records import AgendaItemRecord
from gsmeet.services.changes import touches
from gsmeet.services.edits import bring_back
from gsmeet.services.offline.here import ensure_here
from gsmeet.services.people import people_on
from gsmeet.services.records import agenda_record, summary
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, clear_and_remember, journal_of, snapshot
from gsmeet.storage.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    Person,
    Remark,
    Strategy,
    Track,
)

# ---------------------------------------------------------------- reading


class ItemNeedsTitle(InvalidInputError):
    text = "An agenda item needs a title"


class PlannedMinutesOutOfRange(InvalidInputError):
    text = "Planned minutes of '{title}' must be 0 to {most}, not {minutes}"


class NotUnderParent(InvalidInputError):
    text = "Item {item} is not under item {parent}"


class UnderItself(InvalidInputError):
    text = "Item '{title}' cannot go under itself"


class NothingAbove(InvalidInputError):
    text = "'{title}' has no item above it to go under"


class AlreadyTopLevel(InvalidInputError):
    text = "'{title}' is already a top-level item"


def _meeting(session: Session, meeting_id: int, *, editing: bool) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
    if editing:
        ensure_editable(meeting)
        ensure_here(session, meeting_id)
    return meeting


def _items(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _item(
    session: Session, item_id: int, *, editing: bool = True, lock: bool = False
) -> tuple[AgendaItem, Meeting]:
    item = session.get(AgendaItem, item_id, with_for_update=lock)
    if item is None:
        raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=item_id)
    return item, _meeting(session, item.meeting_id, editing=editing)


def _record(session: Session, item: AgendaItem, meeting: Meeting) -> AgendaItemRecord:
    return agenda_record(
        item, people_on(session, meeting.committee_id, meeting.held_on, only=[item.presenter_id])
    )


def agenda(store: Database, meeting_id: int, *, now: datetime | None = None) -> AgendaPlan:
    """A meeting's agenda in outline order, with each item's forecast start and end,
    the session's forecast end and how far it runs past the planned end time."""
    with store.session() as session:
        meeting = _meeting(session, meeting_id, editing=False)
        items = _items(session, meeting_id)
        people = people_on(
            session, meeting.committee_id, meeting.held_on, only=(i.presenter_id for i in items)
        )
        start = meeting.started_at or datetime.combine(meeting.held_on, meeting.start_time)
        planned_end = (
            datetime.combine(meeting.held_on, meeting.end_time) if meeting.end_time else None
        )
        plan = forecast(
            start,
            [
                PlanItem(i.id, i.parent_id, i.planned_minutes, i.started_at, i.ended_at, i.position)
                for i in items
            ],
            now=now,
        )
        by_id = {item.id: item for item in items}
        return AgendaPlan(
            meeting=summary(meeting),
            items=tuple(
                PlannedItem(agenda_record(by_id[s.id], people), s.depth, s.number, s.start, s.end)
                for s in plan.slots
            ),
            start=start,
            forecast_end=plan.end,
            planned_end=planned_end,
            overrun_minutes=plan.overrun_minutes(planned_end),
            locked=meeting.status is MeetingStatus.MINUTES_ISSUED,
        )


# ---------------------------------------------------------------- editing


def _check_fields(session: Session, meeting: Meeting, fields: AgendaItemFields) -> AgendaItemFields:
    title = " ".join(fields.title.split())
    if not title:
        raise ItemNeedsTitle()
    if not 0 <= fields.planned_minutes <= MAX_MINUTES:
        raise PlannedMinutesOutOfRange(
            title=title, most=MAX_MINUTES, minutes=fields.planned_minutes
        )
    if fields.presenter_id is not None and session.get(Person, fields.presenter_id) is None:
        raise NoSuchRecord(what=Thing.PERSON, id=fields.presenter_id)
    if fields.strategy_id is not None:
        committee = session.scalar(
            select(Track.committee_id)
            .join(Strategy, Strategy.track_id == Track.id)
            .where(Strategy.id == fields.strategy_id)
        )
        if committee != meeting.committee_id:
            raise NoSuchRecord(what=Thing.STRATEGY, id=fields.strategy_id)
    return AgendaItemFields(
        fields.kind, title, fields.presenter_id, fields.strategy_id, fields.planned_minutes
    )


def _fields(item: AgendaItem) -> AgendaItemFields:
    return AgendaItemFields(
        item.kind, item.title, item.presenter_id, item.strategy_id, item.planned_minutes
    )


def _siblings(items: Sequence[AgendaItem], parent_id: int | None) -> list[int]:
    return [i.id for i in items if i.parent_id == parent_id]


def _number(items: Sequence[AgendaItem], *orders: Sequence[int]) -> None:
    """Positions 1..n in each order; the ORM writes only rows that changed."""
    by_id = {item.id: item for item in items}
    for order in orders:
        for position, item_id in enumerate(order, start=1):
            by_id[item_id].position = position


@touches(AGENDA)
def add_item(
    store: Database,
    meeting_id: int,
    *,
    kind: AgendaKind,
    title: str,
    after_id: int | None = None,
    parent_id: int | None = None,
    presenter_id: int | None = None,
    strategy_id: int | None = None,
    planned_minutes: int | None = None,
) -> AgendaItemRecord:
    """Add an item right after ``after_id`` (as its sibling), or last under
    ``parent_id`` (top level when None). Minutes default by kind. Undo: delete it."""
    with store.session() as session:
        meeting = _meeting(session, meeting_id, editing=True)
        items = _items(session, meeting_id)
        by_id = {item.id: item for item in items}
        if after_id is not None:
            if after_id not in by_id:
                raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=after_id)
            if parent_id is not None and parent_id != by_id[after_id].parent_id:
                raise NotUnderParent(item=after_id, parent=parent_id)
            parent_id = by_id[after_id].parent_id
        elif parent_id is not None and parent_id not in by_id:
            raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=parent_id)
        minutes = DEFAULT_MINUTES[kind] if planned_minutes is None else planned_minutes
        fields = _check_fields(
            session, meeting, AgendaItemFields(kind, title, presenter_id, strategy_id, minutes)
        )
        item = AgendaItem(meeting_id=meeting_id, parent_id=parent_id, **_as_columns(fields))
        session.add(item)
        session.flush()
        siblings = _siblings(items, parent_id)
        index = siblings.index(after_id) + 1 if after_id is not None else len(siblings)
        _number([*items, item], reorder(siblings, item.id, index))
        session.flush()
        return _record(session, item, meeting)


def _as_columns(fields: AgendaItemFields) -> dict[str, object]:
    return {
        "kind": fields.kind,
        "title": fields.title,
        "presenter_id": fields.presenter_id,
        "strategy_id": fields.strategy_id,
        "planned_minutes": fields.planned_minutes,
    }


@touches(AGENDA)
def update_item(
    store: Database,
    item_id: int,
    *,
    kind: AgendaKind | Keep = KEEP,
    title: str | Keep = KEEP,
    presenter_id: int | Keep | None = KEEP,
    strategy_id: int | Keep | None = KEEP,
    planned_minutes: int | Keep = KEEP,
) -> AgendaItemFields:
    """Change some fields of an item; returns all its fields as they were, which
    :func:`set_item_fields` puts back."""
    with store.session() as session:
        item, meeting = _item(session, item_id, lock=True)
        old = _fields(item)
        wanted = AgendaItemFields(
            old.kind if isinstance(kind, Keep) else kind,
            old.title if isinstance(title, Keep) else title,
            old.presenter_id if isinstance(presenter_id, Keep) else presenter_id,
            old.strategy_id if isinstance(strategy_id, Keep) else strategy_id,
            old.planned_minutes if isinstance(planned_minutes, Keep) else planned_minutes,
        )
        _assign(item, _check_fields(session, meeting, wanted))
        return old


@touches(AGENDA)
def set_item_fields(store: Database, item_id: int, fields: AgendaItemFields) -> AgendaItemFields:
    """Set all editable fields of an item; returns the previous ones (undo and redo)."""
    with store.session() as session:
        item, meeting = _item(session, item_id)
        old = _fields(item)
        _assign(item, _check_fields(session, meeting, fields))
        return old


def _assign(item: AgendaItem, fields: AgendaItemFields) -> None:
    for key, value in _as_columns(fields).items():
        setattr(item, key, value)


@touches(AGENDA)
def delete_item(store: Database, item_id: int) -> Removal:
    """Delete an item with its sub-items and their notes; returns what
    :func:`restore_item` needs to put everything back."""
    with store.session() as session:
        item, _ = _item(session, item_id)
        items = _items(session, item.meeting_id)
        children: dict[int | None, list[AgendaItem]] = defaultdict(list)
        for other in items:
            children[other.parent_id].append(other)
        subtree, queue = [], [item]
        while queue:  # breadth first: parents before their children
            current = queue.pop(0)
            subtree.append(current)
            queue.extend(children[current.id])
        ids = [i.id for i in subtree]
        notes = [
            *session.scalars(select(Remark).where(Remark.agenda_item_id.in_(ids))),
            *session.scalars(select(Decision).where(Decision.agenda_item_id.in_(ids))),
        ]
        siblings = _siblings(items, item.parent_id)
        removal = Removal(
            kind="agenda_item",
            id=item.id,
            index=siblings.index(item.id),
            undo=Journal(
                before=tuple(snapshot(row) for row in (*subtree, *notes)),
                cleared=clear_and_remember(session, ActionItem, "agenda_item_id", ids),
            ),
        )
        session.execute(delete(Remark).where(Remark.agenda_item_id.in_(ids)))
        session.execute(delete(Decision).where(Decision.agenda_item_id.in_(ids)))
        session.execute(delete(AgendaItem).where(AgendaItem.id.in_(ids)))
        _number(items, [i for i in siblings if i != item.id])
        return removal


@touches(AGENDA)
def restore_item(store: Database, removal: Removal) -> AgendaItemRecord:
    """Put back what :func:`delete_item` removed, with the same ids and place."""
    if removal.kind != "agenda_item":
        raise NotThatRemoval(kind=removal.kind)
    with store.session() as session:
        meeting_id = cast(int, journal_of(removal.undo).before[0].value("meeting_id"))
        meeting = _meeting(session, meeting_id, editing=True)
        item = bring_back(session, removal.undo, AgendaItem, Thing.AGENDA_ITEM)
        items = _items(session, meeting_id)
        siblings = _siblings(items, item.parent_id)
        _number(items, reorder(siblings, item.id, removal.index))
        session.flush()
        return _record(session, item, meeting)


def _move(session: Session, item_id: int, new_index: int, new_parent: int | Keep | None) -> Move:
    item, _ = _item(session, item_id)  # (it checks the meeting may change)
    items = _items(session, item.meeting_id)
    by_id = {i.id: i for i in items}
    old_parent = item.parent_id
    parent = old_parent if isinstance(new_parent, Keep) else new_parent
    ancestor = parent
    while ancestor is not None:  # no item may end up inside itself
        if ancestor == item_id:
            raise UnderItself(title=item.title)
        if ancestor not in by_id:
            raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=ancestor)
        ancestor = by_id[ancestor].parent_id
    old_order = _siblings(items, old_parent)
    new_order = reorder(_siblings(items, parent), item_id, new_index)
    item.parent_id = parent
    if parent != old_parent:
        _number(items, [i for i in old_order if i != item_id])
    _number(items, new_order)
    return Move(
        item_id,
        old_parent,
        old_order.index(item_id),
        parent,
        new_order.index(item_id),
        tuple(old_order),
    )


@touches(AGENDA)
def move_item(
    store: Database, item_id: int, new_index: int, new_parent_id: int | Keep | None = KEEP
) -> Move:
    """Move an item to ``new_index`` among its siblings, or under ``new_parent_id``
    (None: top level). Returns the :class:`Move`; its old place undoes it."""
    with store.session() as session:
        return _move(session, item_id, new_index, new_parent_id)


@touches(AGENDA)
def indent_item(store: Database, item_id: int) -> Move:
    """Make an item the last sub-item of the sibling above it."""
    with store.session() as session:
        item, _ = _item(session, item_id)
        siblings = _siblings(_items(session, item.meeting_id), item.parent_id)
        index = siblings.index(item_id)
        if index == 0:
            raise NothingAbove(title=item.title)
        return _move(session, item_id, 10**6, siblings[index - 1])


@touches(AGENDA)
def outdent_item(store: Database, item_id: int) -> Move:
    """Move a sub-item out of its parent, to just after the parent."""
    with store.session() as session:
        item, _ = _item(session, item_id)
        if item.parent_id is None:
            raise AlreadyTopLevel(title=item.title)
        parent = session.get_one(AgendaItem, item.parent_id)
        siblings = _siblings(_items(session, item.meeting_id), parent.parent_id)
        return _move(session, item_id, siblings.index(parent.id) + 1, parent.parent_id)
