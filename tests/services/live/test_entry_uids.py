"""An entry's identity as the live screen gives it: an entry sent twice with one uid
(a lost connection, a resend) is stored once, and the second send returns what the
first stored; entries without one get a new uid each (on both engines)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from gsmeet.domain.entry import EntryKind
from gsmeet.domain.identity import new_uid
from gsmeet.services.live.actions import add_action
from gsmeet.services.live.entries import UidTaken, add_decision, add_entry, add_remark
from gsmeet.services.live.session import go_to_item, start_session
from gsmeet.storage.models import ActionItem, Decision, Remark

from .conftest import Session, at

UID = re.compile("[0-9a-f]{32}")


def stored(planned: Session, model: type[Remark | Decision | ActionItem], uid: str) -> int:
    with planned.store.session() as s:
        count = s.scalar(select(func.count()).select_from(model).where(model.uid == uid))
    return int(count or 0)


@pytest.fixture
def briefing(planned: Session) -> int:
    start_session(planned.store, planned.meeting_id, now=at(0))
    go_to_item(planned.store, planned.meeting_id, planned.items["briefing"], now=at(1))
    return planned.items["briefing"]


@pytest.mark.parametrize(
    ("text", "kind", "model"),
    [
        ("예산 편성 시기를 앞당겨 주십시오.", EntryKind.REMARK, Remark),
        ("결정: 원안대로 의결", EntryKind.DECISION, Decision),
        ("조치: 예산안 재검토 ~2019-12-31", EntryKind.ACTION, ActionItem),
    ],
)
def test_an_entry_sent_twice_with_its_uid_is_stored_once(
    planned: Session, briefing: int, text: str, kind: EntryKind, model: type[Remark]
) -> None:
    uid = new_uid()
    speaker = planned.people["김태형"] if kind is EntryKind.REMARK else None
    first = add_entry(
        planned.store, planned.meeting_id, briefing, text, speaker_id=speaker, now=at(2), uid=uid
    )
    again = add_entry(
        planned.store, planned.meeting_id, briefing, text, speaker_id=speaker, now=at(3), uid=uid
    )
    assert first.kind is again.kind is kind
    assert again == first  # (the first one's record: its id, its time)
    assert stored(planned, model, uid) == 1


def test_the_small_forms_take_a_uid_too(planned: Session, briefing: int) -> None:
    store = planned.store
    uid = new_uid()
    remark = add_remark(store, briefing, "발언", speaker_id=None, now=at(2), uid=uid)
    assert add_remark(store, briefing, "발언", speaker_id=None, now=at(5), uid=uid) == remark
    assert stored(planned, Remark, uid) == 1
    with pytest.raises(UidTaken):  # that identity is a remark's, not a decision's
        add_decision(store, briefing, "의결", uid=uid)
    assert stored(planned, Decision, uid) == 0
    decided = new_uid()
    decision = add_decision(store, briefing, "원안 의결", uid=decided)
    assert add_decision(store, briefing, "원안 의결", uid=decided) == decision
    action_uid = new_uid()
    action = add_action(store, briefing, "자료 제출", uid=action_uid)
    assert add_action(store, briefing, "자료 제출", uid=action_uid) == action
    assert stored(planned, ActionItem, action_uid) == 1


def test_entries_without_a_uid_get_one_each(planned: Session, briefing: int) -> None:
    for minute in range(3):
        add_entry(
            planned.store, planned.meeting_id, briefing, "같은 말", speaker_id=None, now=at(minute)
        )
    add_decision(planned.store, briefing, "의결")
    add_action(planned.store, briefing, "조치")
    with planned.store.session() as s:
        uids = [
            *s.scalars(select(Remark.uid)),
            *s.scalars(select(Decision.uid)),
            *s.scalars(select(ActionItem.uid)),
        ]
    assert len(uids) >= 5 and all(UID.fullmatch(u) for u in uids)
    assert len(set(uids)) == len(uids)
