"""Action items recorded during the session: the small form (``Ctrl+T``), the owner
typed as ``@owner`` resolved to an attendee, a sub-committee or a department, and the
edits with their undo (``revert_action``, ``delete_action`` / ``restore_action``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD
from gsmeet.domain.edits import KEEP, Deleted, Keep
from gsmeet.domain.enums import ActionStatus, AttendanceStatus, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.identity import new_uid
from gsmeet.domain.live import ActionEdit
from gsmeet.domain.records import ActionRecord
from gsmeet.services.changes import touches
from gsmeet.services.edits import bring_back, delete_row
from gsmeet.services.live.common import (
    ATTENDING,
    ensure_due,
    get_item,
    get_meeting,
    required_text,
)
from gsmeet.services.people import memberships_on
from gsmeet.services.records import action_records
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    ActionChange,
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
    Meeting,
    Person,
    Subcommittee,
)


class OwnerAmbiguous(InvalidInputError):
    text = "@{query}: {count} people have that name; choose the owner in the action item form"


class ActionReviewed(InvalidInputError):
    text = "Action item '{title}' was reviewed at meeting no. {number}; it cannot be deleted"


@touches(RECORD)
def add_action(
    store: Database,
    item_id: int,
    title: str,
    *,
    owner: str = "",
    due_on: date | None = None,
    detail: str = "",
    uid: str | None = None,
) -> ActionRecord:
    """Record an action item under ``item_id``. ``owner`` is read like ``@owner``: an
    attendee's name, else a sub-committee's, else kept as written (a department).
    ``uid``: the item's identity as the screen gave it; one already stored is
    returned as it was stored, not stored twice."""
    with store.session() as session:
        if uid is not None:
            stored = session.scalar(select(ActionItem).where(ActionItem.uid == uid))
            if stored is not None:
                return action_record(session, stored)
        item, meeting = get_item(session, item_id, editing=True)
        ensure_due(due_on, meeting.held_on)
        action = insert_action(session, item, meeting, required_text(title), owner.strip(), uid=uid)
        action.due_on = due_on
        action.detail = detail.strip()
        return action_record(session, action)


def insert_action(
    session: Session,
    item: AgendaItem,
    meeting: Meeting,
    title: str,
    owner: str,
    *,
    uid: str | None = None,
) -> ActionItem:
    action = ActionItem(
        uid=uid or new_uid(),
        meeting_id=meeting.id,
        agenda_item_id=item.id,
        title=title,
        detail="",
        strategy_id=item.strategy_id,
        status=ActionStatus.OPEN,
    )
    set_owner(session, action, meeting, owner)
    session.add(action)
    return action


def set_owner(
    session: Session, action: ActionItem, meeting: Meeting, query: str, *, people: bool = True
) -> None:
    """Resolve an owner as typed: an attendee's name (one of the roster on the day or
    anyone checked in), else a sub-committee's name (with or without 분과 and spaces),
    else kept as text — a department such as 미래전략과."""
    action.owner_person_id = action.owner_subcommittee_id = None
    action.owner_text = ""
    wanted = _squash(query)
    if not wanted:
        return
    # Every name is compared squashed (no spaces, case folded): a scan of the person
    # table, a few hundred rows, and only when an owner is typed.
    named = (
        [
            pid
            for pid, name in session.execute(select(Person.id, Person.name))
            if _squash(name) == wanted
        ]
        if people
        else []
    )
    if named:
        rows: dict[int, AttendanceStatus] = {
            pid: status
            for pid, status in session.execute(
                select(Attendance.person_id, Attendance.status).where(
                    Attendance.meeting_id == meeting.id, Attendance.person_id.in_(named)
                )
            )
        }
        roster = {
            m.person_id for m in memberships_on(session, meeting.committee_id, meeting.held_on)
        }
        present = [p for p in named if rows.get(p) in ATTENDING]
        known = [p for p in named if p in rows or p in roster]
        for candidates in (present, known):
            if len(candidates) == 1:
                action.owner_person_id = candidates[0]
                return
            if len(candidates) > 1:
                raise OwnerAmbiguous(query=query, count=len(candidates))
    for sub_id, name in session.execute(
        select(Subcommittee.id, Subcommittee.name).where(
            Subcommittee.committee_id == meeting.committee_id
        )
    ):
        squashed = _squash(name)
        if wanted in (squashed, squashed.removesuffix("분과")) or squashed == wanted + "분과":
            action.owner_subcommittee_id = sub_id
            return
    action.owner_text = query


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def action_record(session: Session, action: ActionItem) -> ActionRecord:
    session.flush()
    return action_records(session, [action])[0]


@touches(RECORD)
def update_action(
    store: Database,
    action_id: int,
    *,
    title: str | Keep = KEEP,
    detail: str | Keep = KEEP,
    owner: str | Keep = KEEP,
    due_on: date | Keep | None = KEEP,
    status: ActionStatus | Keep = KEEP,
) -> ActionEdit:
    """Edit an action item; ``owner`` is read like ``@owner``. ``revert_action`` with
    ``previous`` undoes it."""
    with store.session() as session:
        action, meeting = _action(session, action_id)
        previous = action_record(session, action)
        if not isinstance(title, Keep):
            action.title = required_text(title)
        if not isinstance(detail, Keep):
            action.detail = detail.strip()
        if not isinstance(owner, Keep):
            set_owner(session, action, meeting, owner.strip())
        if not isinstance(due_on, Keep):
            ensure_due(due_on, meeting.held_on)
            action.due_on = due_on
        if not isinstance(status, Keep):
            action.status = status
        return ActionEdit(previous, action_record(session, action))


@touches(RECORD)
def revert_action(store: Database, record: ActionRecord) -> ActionEdit:
    """Write every field of ``record`` back (undo of :func:`update_action`)."""
    with store.session() as session:
        action, meeting = _action(session, record.id)
        previous = action_record(session, action)
        _assign(session, action, meeting, record)
        return ActionEdit(previous, action_record(session, action))


@touches(RECORD)
def delete_action(store: Database, action_id: int) -> Deleted[ActionRecord]:
    """Delete an action item recorded by mistake. One already reviewed at a later
    meeting is part of that meeting's record and cannot be deleted."""
    with store.session() as session:
        action, _ = _action(session, action_id)
        reviewed = session.scalars(
            select(Meeting.number)
            .join(ActionReview, ActionReview.meeting_id == Meeting.id)
            .where(ActionReview.action_item_id == action_id)
        ).first()
        if reviewed is not None:
            raise ActionReviewed(title=action.title, number=reviewed)
        record = action_record(session, action)
        changes = session.scalars(
            select(ActionChange).where(ActionChange.action_item_id == action_id)
        ).all()
        return Deleted(record, delete_row(session, action, *changes))


@touches(RECORD)
def restore_action(store: Database, deleted: Deleted[ActionRecord]) -> ActionRecord:
    """Put a deleted action item back: the same row (id, uid, owner, links) and its
    history."""
    with store.session() as session:
        get_meeting(session, deleted.record.meeting_id, editing=True)
        action = bring_back(session, deleted.undo, ActionItem, Thing.ACTION_ITEM)
        return action_record(session, action)


def _assign(session: Session, action: ActionItem, meeting: Meeting, record: ActionRecord) -> None:
    action.agenda_item_id = record.agenda_item_id
    action.title = record.title
    action.detail = record.detail
    action.strategy_id = record.strategy_id
    action.due_on = record.due_on
    action.status = record.status
    if record.owner_person_id is not None:
        action.owner_person_id, action.owner_subcommittee_id = record.owner_person_id, None
        action.owner_text = ""
    else:
        # The record keeps the owner as printed: a sub-committee's name comes back as
        # that sub-committee, anything else as text, which prints the same.
        set_owner(session, action, meeting, record.owner, people=False)


def _action(session: Session, action_id: int) -> tuple[ActionItem, Meeting]:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise NoSuchRecord(what=Thing.ACTION_ITEM, id=action_id)
    return action, get_meeting(session, action.meeting_id, editing=True)
