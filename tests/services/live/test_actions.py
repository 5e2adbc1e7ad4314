"""Action items: whose they are."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import (
    AttendanceStatus,
)
from gsmeet.domain.errors import InvalidInputError
from gsmeet.services.live.actions import (
    add_action,
)
from gsmeet.services.live.attendance import check_in
from gsmeet.services.live.entries import (
    add_entry,
)
from gsmeet.storage.models import (
    Person,
    Subcommittee,
)

from .conftest import Session, at


def test_an_owner_two_people_share_must_be_chosen(planned: Session) -> None:
    store, mid = planned.store, planned.meeting_id
    with store.session() as s:
        s.add(Person(name="김도윤"))
        s.flush()
        twin = s.scalars(
            select(Person).where(Person.name == "김도윤").order_by(Person.id.desc())
        ).first()
        assert twin is not None
        twin_id = twin.id
    # Only one of them is on the roster: that one is meant.
    action = add_action(store, planned.items["discussion"], "검토", owner="김도윤")
    assert action.owner_person_id == planned.people["김도윤"]
    check_in(store, mid, twin_id, status=AttendanceStatus.PRESENT, now=at(0))
    # Now the guest is present and the member is not: the one in the room is meant.
    assert (
        add_action(store, planned.items["discussion"], "검토", owner="김도윤").owner_person_id
        == twin_id
    )
    check_in(store, mid, planned.people["김도윤"], status=AttendanceStatus.PRESENT, now=at(0))
    with pytest.raises(InvalidInputError, match="2 people have that name"):
        add_entry(
            store,
            mid,
            planned.items["discussion"],
            "조치: 검토 @김도윤",
            speaker_id=None,
            now=at(1),
        )


def test_subcommittee_owner_is_found_without_spaces_or_suffix(planned: Session) -> None:
    with planned.store.session() as s:
        name = s.scalars(select(Subcommittee.name).where(Subcommittee.name.like("청색%"))).one()
    for typed in (name, name.replace(" ", ""), name.removesuffix(" 분과")):
        assert (
            add_action(planned.store, planned.items["discussion"], "x", owner=typed).owner == name
        )
