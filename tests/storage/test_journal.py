"""Undo journals: an edit's rows put back exactly, and nothing else taken for one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from gsmeet.domain.edits import Undo
from gsmeet.domain.errors import InvalidInputError
from gsmeet.storage.db import Store
from gsmeet.storage.journal import Journal, clear_and_remember, ref, roll_back, snapshot
from gsmeet.storage.models import ActionItem, Person


def test_roll_back_deletes_what_was_created_and_puts_back_what_was_changed(
    demo_store: Store,
) -> None:
    with demo_store.session() as s:
        person = s.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        before, name = snapshot(person), person.name
        person.name = "바뀐 이름"
        guest = Person(name="손님")
        s.add(guest)
        s.flush()
        action = s.scalars(select(ActionItem).where(ActionItem.agenda_item_id.is_not(None))).first()
        assert action is not None
        item_id = action.agenda_item_id
        cleared = clear_and_remember(s, ActionItem, "agenda_item_id", [item_id])
        journal = Journal(created=(ref(guest),), before=(before,), cleared=cleared)
        ids = person.id, guest.id, action.id
    with demo_store.session() as s:
        roll_back(s, journal)
    with demo_store.session() as s:
        assert s.get_one(Person, ids[0]).name == name
        assert s.get(Person, ids[1]) is None
        assert s.get_one(ActionItem, ids[2]).agenda_item_id == item_id


def test_only_a_journal_undoes(demo_store: Store) -> None:
    class Forged(Undo):
        pass

    with demo_store.session() as s, pytest.raises(InvalidInputError, match="Nothing to undo"):
        roll_back(s, Forged())
