"""Open action items whose owner has left the committee (해촉): found, flagged, and
given to someone else. The owner of an open action is its state today, not part of
the record of the session that decided it, so this works for an action decided at a
session whose minutes were issued too (their PDF is kept as issued)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD
from gsmeet.domain.edits import Undo
from gsmeet.domain.enums import ActionStatus, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.records import ActionRecord
from gsmeet.services.changes import touches
from gsmeet.services.people import memberships_on
from gsmeet.services.records import action_records
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, roll_back, snapshot
from gsmeet.storage.models import ActionItem, Meeting, Person

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class OwnerNotServing(InvalidInputError):
    text = "{name} is not serving in the committee on {on}; give the action to a member"


@dataclass(frozen=True, slots=True)
class Reassigned:
    action: ActionRecord
    previous: ActionRecord
    undo: Undo


def departed_owners(
    store: Database, committee_id: int, on: date | None = None
) -> list[ActionRecord]:
    """The committee's open action items whose owner had left by ``on`` (today)."""
    with store.session() as s:
        actions = list(
            s.scalars(
                select(ActionItem)
                .join(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(
                    Meeting.committee_id == committee_id,
                    ActionItem.status.in_(OPEN),
                    ActionItem.owner_person_id.is_not(None),
                )
                .order_by(Meeting.held_on, ActionItem.id)
            )
        )
        return [r for r in action_records(s, actions, on=on) if r.owner_left]


@touches(RECORD)
def reassign_action(
    store: Database, action_id: int, person_id: int, on: date | None = None
) -> Reassigned:
    """Give an action item to ``person_id``, who must be serving on ``on`` (today)."""
    with store.session() as s:
        return _reassign(s, action_id, person_id, on or date.today())


def _reassign(s: Session, action_id: int, person_id: int, day: date) -> Reassigned:
    action = s.get(ActionItem, action_id)
    if action is None:
        raise NoSuchRecord(what=Thing.ACTION_ITEM, id=action_id)
    committee_id = s.get_one(Meeting, action.meeting_id).committee_id
    person = s.get(Person, person_id)
    if person is None:
        raise NoSuchRecord(what=Thing.PERSON, id=person_id)
    if person_id not in {m.person_id for m in memberships_on(s, committee_id, day)}:
        raise OwnerNotServing(name=person.name, on=day)
    previous = action_records(s, [action], on=day)[0]
    before = (snapshot(action),)
    action.owner_person_id, action.owner_subcommittee_id = person_id, None
    action.owner_text = ""
    s.flush()
    return Reassigned(action_records(s, [action], on=day)[0], previous, Journal(before=before))


@touches(RECORD)
def undo_reassign(store: Database, change: Reassigned) -> None:
    with store.session() as s:
        roll_back(s, change.undo)


@touches(RECORD)
def reassign_actions(
    store: Database, owners: dict[int, int], on: date | None = None
) -> list[Reassigned]:
    """Give several action items (id → person id) to others, all or none."""
    day = on or date.today()
    with store.session() as s:
        done: list[Reassigned] = []
        for action_id, person_id in owners.items():
            done.append(_reassign(s, action_id, person_id, day))
        return done


@touches(RECORD)
def undo_reassignments(store: Database, changes: list[Reassigned]) -> None:
    with store.session() as s:
        for change in reversed(changes):
            roll_back(s, change.undo)


def people_serving(store: Database, committee_id: int, on: date) -> list[tuple[int, str]]:
    """Who an action can be given to on ``on``: the members in office, by name."""
    from gsmeet.services.people import people_on

    with store.session() as s:
        serving = {m.person_id for m in memberships_on(s, committee_id, on)}
        people = people_on(s, committee_id, on, only=serving)
    return sorted(((p.id, p.name) for p in people.values()), key=lambda pair: pair[1])
