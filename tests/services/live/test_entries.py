"""Typed entries, remarks and decisions, with their edits and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from gsmeet.domain.dates import NoSuchDay
from gsmeet.domain.entry import EntryKind
from gsmeet.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    Role,
    VoteMode,
)
from gsmeet.domain.errors import InvalidInputError, NotFoundError
from gsmeet.services.live.actions import (
    add_action,
    delete_action,
    restore_action,
    revert_action,
    update_action,
)
from gsmeet.services.live.attendance import check_in
from gsmeet.services.live.entries import (
    add_decision,
    add_entry,
    add_remark,
    delete_decision,
    delete_remark,
    restore_decision,
    restore_remark,
    update_decision,
    update_remark,
)
from gsmeet.services.live.session import (
    go_to_item,
    live_state,
    start_session,
)
from gsmeet.services.record import meeting_record
from gsmeet.storage.models import (
    AgendaItem,
)

from .conftest import Session, at


def test_typed_entries_become_remarks_decisions_and_action_items(planned: Session) -> None:
    store, mid, items, people = planned.store, planned.meeting_id, planned.items, planned.people
    start_session(store, mid, now=at(0))
    check_in(store, mid, people["김도윤"], status=AttendanceStatus.PRESENT, now=at(0))
    briefing = items["briefing"]
    go_to_item(store, mid, briefing, now=at(1))

    remark = add_entry(
        store,
        mid,
        briefing,
        " 예산 편성 시기를 앞당겨 주십시오. ",
        speaker_id=people["김태형"],
        now=at(2),
    )
    assert remark.kind is EntryKind.REMARK and remark.remark is not None
    assert remark.remark.text == "예산 편성 시기를 앞당겨 주십시오."
    assert (
        remark.remark.speaker is not None and remark.remark.speaker.role is Role.SUBCOMMITTEE_CHAIR
    )
    assert remark.remark.spoken_at == at(2)

    decision = add_entry(
        store, mid, briefing, "결정: 원안대로 의결", speaker_id=None, now=at(3)
    ).decision
    assert decision is not None and decision.vote_mode is VoteMode.NO_OBJECTION

    person = add_entry(
        store, mid, briefing, "조치: 예산안 재검토 @김도윤 ~2019-12-31", speaker_id=None, now=at(4)
    ).action
    assert person is not None
    assert (person.title, person.owner, person.owner_person_id) == (
        "예산안 재검토",
        "김도윤",
        people["김도윤"],
    )
    assert (person.due_on, person.strategy_id, person.status) == (
        date(2019, 12, 31),
        planned.strategy_id,
        ActionStatus.OPEN,
    )
    assert person.meeting_number == 3 and person.agenda_item_id == briefing

    sub = add_entry(
        store, mid, briefing, "action: survey @4차산업혁명선도도시", speaker_id=None, now=at(5)
    ).action
    assert (
        sub is not None
        and sub.owner == "4차 산업혁명 선도도시 분과"
        and sub.owner_person_id is None
    )
    department = add_entry(
        store, mid, briefing, "조치：공모 일정 확인 @미래전략과 ~12/15", speaker_id=None, now=at(6)
    ).action
    assert department is not None and (department.owner, department.due_on) == (
        "미래전략과",
        date(2019, 12, 15),
    )

    with pytest.raises(NoSuchDay):
        add_entry(store, mid, briefing, "조치: x ~2019-02-30", speaker_id=None, now=at(7))
    with pytest.raises(InvalidInputError, match="Nothing to save"):
        add_entry(store, mid, briefing, "  \n ", speaker_id=None, now=at(7))
    with pytest.raises(InvalidInputError, match="not in this meeting"):
        add_entry(store, mid + 1, briefing, "x", speaker_id=None, now=at(7))

    state = live_state(store, mid)
    assert [r.id for r in state.remarks] == [remark.remark.id]
    assert [d.text for d in state.decisions] == ["원안대로 의결"]
    assert [a.owner for a in state.actions] == [
        "김도윤",
        "4차 산업혁명 선도도시 분과",
        "미래전략과",
    ]

    record = meeting_record(store, mid)
    assert [r.text for r in record.remarks] == ["예산 편성 시기를 앞당겨 주십시오."]
    assert [a.title for a in record.actions] == ["예산안 재검토", "survey", "공모 일정 확인"]
    assert [d.text for d in record.decisions] == ["원안대로 의결"]


def test_remark_edit_move_delete_restore(planned: Session) -> None:
    store, mid, items, people = planned.store, planned.meeting_id, planned.items, planned.people
    start_session(store, mid, now=at(0))
    saved = add_remark(
        store,
        items["opening"],
        "결정: 이건 결정이 아니라 발언",
        speaker_id=people["최영조"],
        now=at(1),
    )
    assert saved.text == "결정: 이건 결정이 아니라 발언"  # the explicit form reads no prefix

    edit = update_remark(
        store,
        saved.id,
        text="고친 발언",
        speaker_id=people["이재훈"],
        agenda_item_id=items["discussion"],
    )
    assert edit.previous == saved
    assert (edit.current.text, edit.current.agenda_item_id) == ("고친 발언", items["discussion"])
    assert edit.current.speaker is not None and edit.current.speaker.name == "이재훈"
    nobody = update_remark(store, saved.id, speaker_id=None)
    assert nobody.current.speaker is None and nobody.current.text == "고친 발언"
    undone = update_remark(
        store,
        saved.id,
        text=edit.previous.text,
        speaker_id=people["최영조"],
        agenda_item_id=edit.previous.agenda_item_id,
    )
    assert undone.current == saved

    deleted = delete_remark(store, saved.id)
    assert deleted.record == saved
    assert live_state(store, mid).remarks == ()
    assert restore_remark(store, deleted) == saved
    assert live_state(store, mid).remarks == (saved,)
    with pytest.raises(InvalidInputError, match="already there"):
        restore_remark(store, deleted)
    with pytest.raises(InvalidInputError, match="Nothing to save"):
        update_remark(store, saved.id, text="  ")
    with planned.store.session() as s:
        other = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id != mid)).first()
        assert other is not None
        other_id = other.id
    with pytest.raises(NotFoundError):
        update_remark(store, saved.id, agenda_item_id=other_id)


def test_decision_and_action_edits_undo(planned: Session) -> None:
    store, items = planned.store, planned.items
    decision = add_decision(
        store,
        items["discussion"],
        "건의문 채택",
        vote_mode=VoteMode.VOTE,
        votes_for=20,
        votes_against=1,
        abstentions=2,
    )
    assert (decision.votes_for, decision.votes_against, decision.abstentions) == (20, 1, 2)
    edit = update_decision(store, decision.id, vote_mode=VoteMode.NO_OBJECTION)
    assert edit.current.votes_for is None and edit.previous == decision
    back = update_decision(
        store, decision.id, vote_mode=VoteMode.VOTE, votes_for=20, votes_against=1, abstentions=2
    )
    assert back.current == decision
    with pytest.raises(InvalidInputError, match="counted vote"):
        add_decision(store, items["discussion"], "x", votes_for=3)
    with pytest.raises(InvalidInputError, match="negative"):
        update_decision(store, decision.id, votes_for=-1)
    assert restore_decision(store, delete_decision(store, decision.id)) == decision

    action = add_action(
        store,
        items["discussion"],
        "수요조사",
        owner="청색기술 중심도시",
        due_on=date(2020, 1, 31),
        detail="기업 대상",
    )
    assert action.owner == "청색기술 중심도시 분과" and action.detail == "기업 대상"
    changed = update_action(
        store, action.id, owner="김도윤", due_on=None, status=ActionStatus.IN_PROGRESS
    )
    assert (changed.current.owner, changed.current.due_on) == ("김도윤", None)
    assert revert_action(store, changed.previous).current == action
    deleted = delete_action(store, action.id)
    assert restore_action(store, deleted) == action
    with pytest.raises(InvalidInputError, match="already there"):
        restore_action(store, deleted)
